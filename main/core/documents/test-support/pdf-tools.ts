import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PdfFacts {
  readonly text: string;
  readonly pages: number;
  /** Page size in points, of the first page. */
  readonly width: number;
  readonly height: number;
}

/** Text (with `-layout`) and page facts of a PDF, as poppler reads them. */
export async function readPdf(pdfPath: string): Promise<PdfFacts> {
  const { stdout: info } = await run('pdfinfo', [pdfPath]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 'NaN');
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
  const { stdout: text } = await run('pdftotext', ['-layout', pdfPath, '-'], { maxBuffer: 256 * 1024 * 1024 });
  return { text, pages, width: Number(size?.[1] ?? 'NaN'), height: Number(size?.[2] ?? 'NaN') };
}

/**
 * Convert Word files to PDF with LibreOffice headless, in one soffice run (it starts slowly, so batch).
 * Each run gets its own profile folder, so parallel test files never share (and lock) one.
 */
export async function convertWithLibreOffice(files: readonly { name: string; bytes: Buffer }[]): Promise<Map<string, PdfFacts>> {
  const workDir = await mkdtemp(join(tmpdir(), 'draaiboek-soffice-'));
  try {
    const inputs: string[] = [];
    for (const file of files) {
      const path = join(workDir, file.name);
      await writeFile(path, file.bytes);
      inputs.push(path);
    }
    const outDir = join(workDir, 'pdf');
    await run(
      'soffice',
      [`-env:UserInstallation=file://${join(workDir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...inputs],
      { timeout: 170_000, maxBuffer: 16 * 1024 * 1024 },
    );
    const produced = new Set(await readdir(outDir));
    const results = new Map<string, PdfFacts>();
    for (const file of files) {
      const pdfName = `${basename(file.name).replace(/\.[^.]+$/, '')}.pdf`;
      if (produced.has(pdfName)) results.set(file.name, await readPdf(join(outDir, pdfName)));
    }
    return results;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** pdftotext -layout spreads words with runs of spaces; tests compare on single spaces. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ');
}
