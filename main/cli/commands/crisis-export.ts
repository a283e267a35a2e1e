import { writeFile } from 'node:fs/promises';
import { buildCrisisRecord } from '../../core/crisis/crisis-record.js';
import { crisisRecordDocument } from '../../core/documents/crisis/export-crisis-record.js';
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

/**
 * `draaiboek crisis export FORMAT --out F`, one entry per format. The signed record is here; the Word and PDF
 * record of the crisis join as `docx` and `pdf`, rendered from the same fold as the screens.
 */
export const crisisExportFormats = new Map<string, CrisisExporter>([
  ['record', exportRecord],
  ['docx', exportWord],
]);
