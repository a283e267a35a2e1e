import { mkdir, open, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DraaiboekError } from '../../../shared/errors.js';
import { fsyncDirectory } from '../fs/durable-write.js';
import { dataDirLayout } from '../store/data-dir-layout.js';

/*
 * A crisis log on disk: `crises/<crisisId>/<device keyid>.log`, one file per authoring device, one event per
 * line. Only this device appends its own events to its own file; events of other devices, taken in from a
 * bundle, go to theirs. Appending is durable before it resolves (write, fsync the file; for a new file, fsync
 * the folders that name it). A line is complete only with its newline: what follows the last newline is a torn
 * tail (a write cut off by a crash or a power cut), never acknowledged, and dropped.
 *
 * lowdb is the store of the app's JSON documents, but not of these logs: lowdb rewrites a whole document on
 * every write, and a month of entries must not be rewritten for each new one. An append-only file writes only
 * the new line, and can never lose an acknowledged event to a write in progress.
 */

/** A log file larger than this is not read (about 100,000 events): a planted huge file cannot exhaust memory. */
export const MAX_CRISIS_LOG_FILE_BYTES = 96 * 1024 * 1024;
const LOG_SUFFIX = '.log';
const DEVICE_FILE = /^([0-9a-f]{64})\.log$/;
const CRISIS_DIR = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A crisis's folder; an id that is not a crisis id (a path, say) names none. */
export function crisisDirOf(dataDir: string, crisisId: string): string {
  if (!isCrisisDirName(crisisId)) throw new DraaiboekError('CRISIS_NOT_FOUND', `no crisis ${crisisId}`, { crisisId });
  return join(dataDirLayout(dataDir).crisesDir, crisisId);
}

export function deviceLogPath(dataDir: string, crisisId: string, device: string): string {
  return join(crisisDirOf(dataDir, crisisId), `${device}${LOG_SUFFIX}`);
}

export function isCrisisDirName(name: string): boolean {
  return CRISIS_DIR.test(name);
}

/** The device whose log a file name holds; undefined for a name no writer makes. */
export function deviceOfLogFile(fileName: string): string | undefined {
  return DEVICE_FILE.exec(fileName)?.[1];
}

export interface LogFileText {
  /** The complete lines, without their newlines. */
  readonly lines: readonly string[];
  /** Bytes up to and with the last newline: what a writer keeps when it cuts a torn tail off. */
  readonly completeBytes: number;
  /** True when bytes follow the last newline. */
  readonly tornTail: boolean;
}

export async function readLogFile(path: string): Promise<LogFileText> {
  const info = await stat(path);
  if (info.size > MAX_CRISIS_LOG_FILE_BYTES) {
    throw new DraaiboekError('FILE_TOO_LARGE', `crisis log ${path} is too large`, { path, size: info.size, max: MAX_CRISIS_LOG_FILE_BYTES });
  }
  const bytes = await readFile(path);
  const end = bytes.lastIndexOf(0x0a) + 1;
  const text = bytes.subarray(0, end).toString('utf8');
  const lines = text === '' ? [] : text.slice(0, -1).split('\n');
  return { lines, completeBytes: end, tornTail: end < bytes.length };
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
 * Appends complete lines to a device's log and resolves once they are on disk. A torn tail left by a crash is
 * cut off first (at `keepBytes`, the end of the last complete line), so the new line never joins it.
 */
export async function appendLines(path: string, lines: readonly string[], keepBytes?: number): Promise<void> {
  let created = false;
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
    const data = Buffer.from(lines.map((line) => `${line}\n`).join(''), 'utf8');
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
}
