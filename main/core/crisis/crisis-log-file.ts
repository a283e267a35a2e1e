import { mkdir, open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DraaiboekError } from '../../../shared/errors.js';
import { fsyncDirectory } from '../fs/durable-write.js';
import type { AtRest } from '../store/at-rest.js';
import { readLineFile, sealLine, type LineFileText } from '../store/at-rest-line.js';
import { dataDirLayout, isCrisisDirName, MAX_CRISIS_LOG_FILE_BYTES } from '../store/data-dir-layout.js';

export { deviceOfLogFile, isCrisisDirName, MAX_CRISIS_LOG_FILE_BYTES } from '../store/data-dir-layout.js';

/*
 * A crisis log on disk: `crises/<crisisId>/<device keyid>.log`, one file per authoring device, one event per
 * line. Only this device appends its own events to its own file; events of other devices, taken in from a
 * bundle, go to theirs. Appending is durable before it resolves (write, fsync the file; for a new file, fsync
 * the folders that name it). A line is complete only with its newline: what follows the last newline is a torn
 * tail (a write cut off by a crash or a power cut), never acknowledged, and dropped.
 *
 * In a folder encrypted at rest each line is sealed on its own (`store/at-rest-line.ts`): the file still grows
 * by one line per event, and byte counts (where a torn tail starts) are of the bytes on disk.
 *
 * lowdb is the store of the app's JSON documents, but not of these logs: lowdb rewrites a whole document on
 * every write, and a month of entries must not be rewritten for each new one. An append-only file writes only
 * the new line, and can never lose an acknowledged event to a write in progress.
 */

const LOG_SUFFIX = '.log';

/** A crisis's folder; an id that is not a crisis id (a path, say) names none. */
export function crisisDirOf(dataDir: string, crisisId: string): string {
  if (!isCrisisDirName(crisisId)) throw new DraaiboekError('CRISIS_NOT_FOUND', `no crisis ${crisisId}`, { crisisId });
  return join(dataDirLayout(dataDir).crisesDir, crisisId);
}

export function deviceLogPath(dataDir: string, crisisId: string, device: string): string {
  return join(crisisDirOf(dataDir, crisisId), `${device}${LOG_SUFFIX}`);
}

export type LogFileText = LineFileText;

export function readLogFile(path: string, atRest: AtRest): Promise<LogFileText> {
  return readLineFile(path, atRest, MAX_CRISIS_LOG_FILE_BYTES);
}

/** Makes `crises/<crisisId>/` and makes the new folders durable, so a file written in it is found after a crash. */
export async function ensureCrisisDir(dataDir: string, crisisId: string): Promise<void> {
  const dir = crisisDirOf(dataDir, crisisId);
  const made = await mkdir(dir, { recursive: true });
  if (made === undefined) return;
  // Each folder made, from the deepest up to the first, must be named durably by its parent.
  let current = dir;
  for (;;) {
    await fsyncDirectory(dirname(current));
    if (current === made || dirname(current) === current) return;
    current = dirname(current);
  }
}

/**
 * Appends complete lines to a device's log, sealed as the folder's files lie at rest, and resolves once they
 * are on disk with the number of bytes written. A torn tail left by a crash is cut off first (at `keepBytes`,
 * the end of the last complete line), so the new line never joins it.
 */
export async function appendLines(path: string, lines: readonly string[], atRest: AtRest, keepBytes?: number): Promise<number> {
  let created = false;
  let data: Buffer;
  let handle = await open(path, 'r+').catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
    return undefined;
  });
  if (handle === undefined) {
    handle = await open(path, 'wx', 0o600);
    created = true;
  }
  try {
    const size = (await handle.stat()).size;
    let position = size;
    if (keepBytes !== undefined && keepBytes < size) {
      await handle.truncate(keepBytes);
      position = keepBytes;
    }
    data = Buffer.from(lines.map((line) => `${sealLine(atRest, line)}\n`).join(''), 'utf8');
    let written = 0;
    while (written < data.length) {
      const { bytesWritten } = await handle.write(data, written, data.length - written, position + written);
      written += bytesWritten;
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (created) await fsyncDirectory(dirname(path));
  return data.length;
}
