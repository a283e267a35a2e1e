import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { convertWordFilesToPdf, findLibreOffice, type WordFile } from '../word/word-to-pdf.js';

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
 * Word files read back as LibreOffice prints them: converted by the product's own converter in one run (it
 * starts slowly, so batch), each PDF then read by poppler. Refused with a clear message where LibreOffice is not
 * installed.
 */
export async function convertWithLibreOffice(files: readonly WordFile[]): Promise<Map<string, PdfFacts>> {
  const soffice = await findLibreOffice().catch((error: unknown) => {
    throw new Error('these tests open Word files in LibreOffice: install LibreOffice Writer (soffice on the PATH)', { cause: error });
  });
  // Under the 180 s a test file gives its conversion, so a stuck LibreOffice fails here with its own error.
  const pdfs = await convertWordFilesToPdf(files, soffice, { timeoutMs: 170_000 });
  const workDir = await mkdtemp(join(tmpdir(), 'draaiboek-pdf-read-'));
  try {
    const results = new Map<string, PdfFacts>();
    for (const [name, pdf] of pdfs) {
      const path = join(workDir, `${results.size}.pdf`);
      await writeFile(path, pdf);
      results.set(name, await readPdf(path));
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

/** The process card's field labels in Dutch: a page that opens with one has torn a card from its heading. */
export const PROCESS_CARD_LABELS_NL = ['Eigenaar', 'Kritiek', 'MAO', 'RTO', 'Wettelijke termijn', 'MBCO', 'Noodprocedure'] as const;

/** Each page's text, squeezed, with the running marks (header, footer) taken out: what the page itself holds. */
export function pageBodies(text: string, pages: number, marks: readonly (string | RegExp)[]): string[] {
  return text
    .split('\f')
    .slice(0, pages)
    .map((page) => marks.reduce<string>((left, mark) => left.replaceAll(mark, ''), squeeze(page)).trim());
}

/** The start of each page that opens with one of these labels: a table's rows torn from their heading. */
export function pagesOpeningWith(bodies: readonly string[], labels: readonly string[]): string[] {
  return bodies.filter((body) => labels.some((label) => body.startsWith(`${label} `))).map((body) => body.slice(0, 60));
}
