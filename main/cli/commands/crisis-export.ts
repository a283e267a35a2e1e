import { writeFile } from 'node:fs/promises';
import { buildCrisisRecord } from '../../core/crisis/crisis-record.js';
import { crisisRecordDocument } from '../../core/documents/crisis/export-crisis-record.js';
import { convertWordToPdf, findLibreOffice } from '../../core/documents/word/word-to-pdf.js';
import type { OpenedDataDir } from '../../core/data-dir/open-data-dir.js';
import type { CliContext } from '../cli-io.js';
import { requireString, resolvePath } from '../command-options.js';
import { languageOf } from './export.js';
import type { ParsedCommand } from '../run-cli.js';

/** Writes one export of a crisis to `--out`; prints what it wrote. */
export type CrisisExporter = (opened: OpenedDataDir, crisisId: string, parsed: ParsedCommand, context: CliContext) => Promise<void>;

async function exportRecord(opened: OpenedDataDir, crisisId: string, parsed: ParsedCommand, context: CliContext): Promise<void> {
  const out = resolvePath(requireString(parsed, 'out', context), context);
  const record = await buildCrisisRecord(opened, crisisId);
  await writeFile(out, record.bytes, { flag: 'wx' });
  context.io.out(context.t('cli.crisis.recordWritten', { path: out, count: record.eventCount, hash: record.sha256 }));
}

async function exportWord(opened: OpenedDataDir, crisisId: string, parsed: ParsedCommand, context: CliContext): Promise<void> {
  const out = resolvePath(requireString(parsed, 'out', context), context);
  const document = await crisisRecordDocument(opened, crisisId, 'docx', languageOf(parsed, context));
  await writeFile(out, document.bytes, { flag: 'wx' });
  context.io.out(context.t('cli.crisis.wordWritten', { path: out, count: document.eventCount, hash: document.sha256 }));
}

/** The Word record turned into PDF by LibreOffice: the command line has no browser engine to print with. */
async function exportPdf(opened: OpenedDataDir, crisisId: string, parsed: ParsedCommand, context: CliContext): Promise<void> {
  const out = resolvePath(requireString(parsed, 'out', context), context);
  // Found before the work: without LibreOffice nothing is rendered and nothing is written.
  const soffice = await findLibreOffice(context.io.env.PATH ?? '');
  const document = await crisisRecordDocument(opened, crisisId, 'docx', languageOf(parsed, context));
  const pdf = await convertWordToPdf(document.bytes, soffice);
  await writeFile(out, pdf, { flag: 'wx' });
  context.io.out(context.t('cli.crisis.pdfWritten', { path: out, count: document.eventCount, hash: document.sha256 }));
}

/**
 * `draaiboek crisis export FORMAT --out F`, one entry per format: the signed record, and the record of the
 * crisis in Word and PDF, rendered from the same fold as the screens.
 */
export const crisisExportFormats = new Map<string, CrisisExporter>([
  ['record', exportRecord],
  ['docx', exportWord],
  ['pdf', exportPdf],
]);
