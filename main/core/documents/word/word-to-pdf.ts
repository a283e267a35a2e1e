import { execFile } from 'node:child_process';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { DraaiboekError } from '../../../../shared/errors.js';

const run = promisify(execFile);

/** Where LibreOffice installs itself when it is not on the PATH. */
const WELL_KNOWN_SOFFICE = [
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
];

async function isPresent(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** LibreOffice's soffice: on the PATH first, then where its installers put it; refused when there is none. */
export async function findLibreOffice(path = process.env.PATH ?? ''): Promise<string> {
  const names = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  for (const folder of path.split(delimiter).filter((entry) => entry.length > 0)) {
    for (const name of names) {
      const candidate = join(folder, name);
      if (await isPresent(candidate)) return candidate;
    }
  }
  for (const candidate of WELL_KNOWN_SOFFICE) if (await isPresent(candidate)) return candidate;
  throw new DraaiboekError('PDF_NEEDS_LIBREOFFICE', 'no LibreOffice to convert the Word file with', {});
}

/**
 * A Word document as PDF, made by LibreOffice headless: the command line has no browser engine to print with,
 * and LibreOffice reads the Word file as any reader would. Its own profile folder each time, so a running
 * LibreOffice of the user is neither used nor locked.
 */
export async function convertWordToPdf(docx: Uint8Array, soffice: string): Promise<Buffer> {
  const workDir = await mkdtemp(join(tmpdir(), 'draaiboek-pdf-'));
  try {
    const input = join(workDir, 'document.docx');
    await writeFile(input, docx);
    await run(
      soffice,
      [`-env:UserInstallation=file://${join(workDir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', workDir, input],
      { timeout: 180_000, maxBuffer: 16 * 1024 * 1024 },
    );
    const pdf = await readFile(join(workDir, 'document.pdf')).catch(() => undefined);
    if (pdf === undefined || pdf.subarray(0, 5).toString('latin1') !== '%PDF-') {
      throw new DraaiboekError('PDF_NEEDS_LIBREOFFICE', 'LibreOffice made no PDF of the Word file', {});
    }
    return pdf;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
