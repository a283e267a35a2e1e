import { readFile, stat } from 'node:fs/promises';
import { DraaiboekError } from '../../../shared/errors.js';
import { isAgeBytes } from '../crypto/age-file.js';
import type { AtRest } from './at-rest.js';

/*
 * The records of an append-only file (a crisis log: one signed event per line) at rest. In an encrypted folder
 * each line is an age file of that line, padded and in base64, so a line stays a line: the file still grows by
 * one line per record, a torn tail is still whatever follows the last newline, and one damaged line costs only
 * its own record. Reading takes both forms in either mode, as for whole files.
 */

/** Lines are far shorter than files: a lower floor keeps a log small while its lines' sizes still say little. */
const MIN_PADDED_LINE_BYTES = 512;

/** The line to write for a record `line` (which holds no newline). */
export function sealLine(atRest: AtRest, line: string): string {
  if (!atRest.encrypted) return line;
  return atRest.seal(Buffer.from(line, 'utf8'), MIN_PADDED_LINE_BYTES).toString('base64');
}

/** The age file a line on disk holds; undefined for a record as it is (a JSON object) or a line that is neither. */
function sealedBytesOf(line: string): Buffer | undefined {
  if (line.startsWith('{')) return undefined;
  const bytes = Buffer.from(line, 'base64');
  return isAgeBytes(bytes) ? bytes : undefined;
}

/** Whether a line on disk is a sealed record (else it is the record as it is). */
export function isSealedLine(line: string): boolean {
  return sealedBytesOf(line) !== undefined;
}

/**
 * A record from the line read: decrypted when sealed. A sealed line that does not open (altered, cut, or in a
 * folder without its key) comes back as it is, so the reader reports it as one damaged record and keeps the rest.
 */
export function openLine(atRest: AtRest, line: string, path: string): string {
  const sealed = sealedBytesOf(line);
  if (sealed === undefined) return line;
  try {
    return Buffer.from(atRest.open(sealed, path)).toString('utf8');
  } catch (error) {
    if (error instanceof DraaiboekError && error.code === 'FILE_UNREADABLE_ENCRYPTED') return line;
    throw error;
  }
}

export interface LineFileText {
  /** The complete lines, without their newlines, opened (a sealed line decrypted). */
  readonly lines: readonly string[];
  /** Bytes on disk up to and with the last newline: what a writer keeps when it cuts a torn tail off. */
  readonly completeBytes: number;
  /** True when bytes follow the last newline: a write cut off, never acknowledged. */
  readonly tornTail: boolean;
}

/** Reads an append-only file of lines; a file larger than `maxBytes` is not read. */
export async function readLineFile(path: string, atRest: AtRest, maxBytes: number): Promise<LineFileText> {
  const info = await stat(path);
  if (info.size > maxBytes) throw new DraaiboekError('FILE_TOO_LARGE', `${path} is too large`, { path, size: info.size, max: maxBytes });
  const bytes = await readFile(path);
  const end = bytes.lastIndexOf(0x0a) + 1;
  const text = bytes.subarray(0, end).toString('utf8');
  const lines = text === '' ? [] : text.slice(0, -1).split('\n').map((line) => openLine(atRest, line, path));
  return { lines, completeBytes: end, tornTail: end < bytes.length };
}
