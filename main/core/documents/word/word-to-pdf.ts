import { execFile } from 'node:child_process';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
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

/** A Word file to convert: its bytes, under a plain file name that is unique in its batch. */
export interface WordFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface ConversionOptions {
  /** How long one LibreOffice run may take before it is stopped (it starts slowly, and more so on a busy machine). */
  readonly timeoutMs?: number;
}

const PDF_MAGIC = '%PDF-';

/** `plan.docx` -> `plan.pdf`, as LibreOffice names what it converts. */
function pdfNameOf(name: string): string {
  return `${name.replace(/\.[^.]+$/, '')}.pdf`;
}

/**
 * Word files as PDF, made by LibreOffice headless in one run (it starts slowly, so a batch shares the start).
 * LibreOffice reads the Word file as any reader would. Each run has its own profile folder, so a running
 * LibreOffice of the user is neither used nor locked, and runs side by side never share one. Refused when any
 * file comes back without a PDF.
 */
export async function convertWordFilesToPdf(files: readonly WordFile[], soffice: string, options: ConversionOptions = {}): Promise<Map<string, Buffer>> {
  const pdfNames = files.map((file) => pdfNameOf(file.name));
  for (const file of files) {
    // Names come from the caller's code, never from a user: a path or a clash is a programming error.
    if (basename(file.name) !== file.name || file.name.startsWith('.')) throw new Error(`not a plain file name: ${file.name}`);
  }
  if (new Set(pdfNames).size !== files.length) throw new Error('two Word files of one batch would make the same PDF');
  const workDir = await mkdtemp(join(tmpdir(), 'draaiboek-pdf-'));
  try {
    const inputs: string[] = [];
    for (const file of files) {
      const input = join(workDir, file.name);
      await writeFile(input, file.bytes);
      inputs.push(input);
    }
    const outDir = join(workDir, 'pdf');
    await run(
      soffice,
      [`-env:UserInstallation=${pathToFileURL(join(workDir, 'profile')).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...inputs],
      { timeout: options.timeoutMs ?? 180_000, maxBuffer: 16 * 1024 * 1024 },
    );
    const pdfs = new Map<string, Buffer>();
    for (const [index, file] of files.entries()) {
      const pdf = await readFile(join(outDir, pdfNames[index] ?? '')).catch(() => undefined);
      if (pdf === undefined || pdf.subarray(0, PDF_MAGIC.length).toString('latin1') !== PDF_MAGIC) {
        throw new DraaiboekError('PDF_NEEDS_LIBREOFFICE', `LibreOffice made no PDF of ${file.name}`, {});
      }
      pdfs.set(file.name, pdf);
    }
    return pdfs;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** A Word document as PDF: the command line has no browser engine to print with. */
export async function convertWordToPdf(docx: Uint8Array, soffice: string, options: ConversionOptions = {}): Promise<Buffer> {
  const pdf = (await convertWordFilesToPdf([{ name: 'document.docx', bytes: docx }], soffice, options)).get('document.docx');
  if (pdf === undefined) throw new DraaiboekError('PDF_NEEDS_LIBREOFFICE', 'LibreOffice made no PDF of the Word file', {});
  return pdf;
}
