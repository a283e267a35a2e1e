import { lstat, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DraaiboekError } from '../../../shared/errors.js';
import { isAgeBytes } from '../crypto/age-file.js';
import { createFolderKey, removeFolderKey, unlockFolderKey } from '../crypto/folder-key.js';
import type { SecretProtector } from '../crypto/key-protection.js';
import { writeFileDurably } from '../fs/durable-write.js';
import { readUntrustedFileBytes } from '../safe-json/safe-parse.js';
import { encryptedAtRest, plainAtRest, type AtRest } from '../store/at-rest.js';
import { isSealedLine, openLine, readLineFile, sealLine } from '../store/at-rest-line.js';
import { dataDirLayout, deviceOfLogFile, isCrisisDirName, MAX_CRISIS_LOG_FILE_BYTES, type DataDirLayout } from '../store/data-dir-layout.js';
import { MAX_PLAN_FILE_BYTES } from '../store/plan-file.js';
import { PLAIN_AT_REST, type StateRecord } from '../store/state-record.js';

/*
 * Turning encryption at rest on or off rewrites every content file (crisis logs included, line by line), one atomic rename at a time, under a
 * record that says so first: the protected state record is marked `pending` with the target mode before the
 * first file is touched and cleared after the last. Files are self-describing (an age file or not) and
 * readers take both forms, so a crash at any moment leaves a folder that reads; the next opening for writing
 * sees `pending` and completes the conversion in the direction the record names. The record is authenticated,
 * so nobody without the device key can switch a folder back to plain files behind the user's back.
 */

async function regularFilesIn(directory: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(directory);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const files: string[] = [];
  for (const name of names.sort()) {
    // A temp file of an unfinished write is no content: it is removed when a writer opens the folder.
    if (name.endsWith('.tmp')) continue;
    const path = join(directory, name);
    if ((await lstat(path)).isFile()) files.push(path);
  }
  return files;
}

/**
 * Every file of the folder that holds plan content: the plan, its history, refused files, the register of copies,
 * and the approval seal keys (which laptops' approvals this one holds, and from whom).
 */
export async function contentFiles(layout: DataDirLayout): Promise<string[]> {
  const top = [layout.planFile, layout.copiesFile, layout.sealKeysFile];
  const present = [];
  for (const path of top) {
    const info = await lstat(path).catch(() => undefined);
    if (info?.isFile() === true) present.push(path);
  }
  return [...present, ...(await regularFilesIn(layout.historyDir)), ...(await regularFilesIn(layout.rejectedDir))];
}

/** Every crisis log of the folder (`crises/<id>/<keyid>.log`): sealed line by line, not as a whole. */
export async function crisisLogFiles(layout: DataDirLayout): Promise<string[]> {
  const files: string[] = [];
  let crises: string[];
  try {
    crises = await readdir(layout.crisesDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  for (const crisis of crises.filter(isCrisisDirName).sort()) {
    files.push(...(await regularFilesIn(join(layout.crisesDir, crisis))).filter((path) => deviceOfLogFile(basename(path)) !== undefined));
  }
  return files;
}

/**
 * Rewrite a crisis log whose lines are not all in the form `atRest` writes, whole and atomically (a torn tail,
 * never acknowledged, is left out). A line that does not open stays as it is: it is reported as damaged either way.
 */
async function rewriteCrisisLog(path: string, atRest: AtRest): Promise<boolean> {
  const onDisk = await readLineFile(path, plainAtRest, MAX_CRISIS_LOG_FILE_BYTES);
  const stale = onDisk.tornTail || onDisk.lines.some((line) => isSealedLine(line) !== atRest.encrypted);
  if (!stale) return false;
  const lines = onDisk.lines.map((line) => {
    if (isSealedLine(line) === atRest.encrypted) return line;
    const record = openLine(atRest, line, path);
    return record === line && isSealedLine(line) ? line : sealLine(atRest, record);
  });
  await writeFileDurably(path, lines.map((line) => `${line}\n`).join(''));
  return true;
}

/** Rewrite each content file not yet in the form `atRest` writes; returns how many were rewritten. */
async function rewriteContentFiles(layout: DataDirLayout, atRest: AtRest): Promise<number> {
  let rewritten = 0;
  for (const path of await contentFiles(layout)) {
    const bytes = await readUntrustedFileBytes(path, { maxBytes: MAX_PLAN_FILE_BYTES });
    if (isAgeBytes(bytes) === atRest.encrypted) continue;
    await writeFileDurably(path, atRest.seal(atRest.open(bytes, path)));
    rewritten += 1;
  }
  for (const path of await crisisLogFiles(layout)) if (await rewriteCrisisLog(path, atRest)) rewritten += 1;
  return rewritten;
}

/** Refuse before anything changes when a file is too large to rewrite in memory. */
async function assertRewritable(layout: DataDirLayout): Promise<void> {
  for (const path of await contentFiles(layout)) {
    const { size } = await lstat(path);
    if (size > MAX_PLAN_FILE_BYTES) throw new DraaiboekError('FILE_TOO_LARGE', `${path} is too large to convert`, { path, size, max: MAX_PLAN_FILE_BYTES });
  }
  for (const path of await crisisLogFiles(layout)) {
    const { size } = await lstat(path);
    if (size > MAX_CRISIS_LOG_FILE_BYTES) throw new DraaiboekError('FILE_TOO_LARGE', `${path} is too large to convert`, { path, size, max: MAX_CRISIS_LOG_FILE_BYTES });
  }
}

/**
 * Told, before the first file is rewritten, how the folder's files are to be read while they are in both forms:
 * with the folder key, written in the target form. What a reader holds from that time is stale afterwards, so
 * the form returned once the conversion is done is a different object.
 */
export type WhileRewriting = (atRest: AtRest) => void;

/**
 * Complete a conversion that was cut off, if the record says one is pending; returns how the folder's files
 * are read and written from now on. The caller holds the folder's lock.
 */
export async function completePendingConversion(dataDir: string, protector: SecretProtector, state: StateRecord, now: Date, whileRewriting?: WhileRewriting): Promise<AtRest> {
  const layout = dataDirLayout(dataDir);
  const current = state.value.atRest;
  if (current.mode === 'plain' && !current.pending) return plainAtRest;
  const identity = await unlockFolderKey(dataDir, protector, current.recipient);
  if (!current.pending) return encryptedAtRest(identity);
  whileRewriting?.(current.mode === 'age' ? encryptedAtRest(identity) : encryptedAtRest(identity, 'plain'));
  if (current.mode === 'age') {
    await rewriteContentFiles(layout, encryptedAtRest(identity));
    await state.update((value) => ({ ...value, atRest: { mode: 'age', pending: false, recipient: current.recipient } }), now);
    return encryptedAtRest(identity);
  }
  await rewriteContentFiles(layout, encryptedAtRest(identity, 'plain'));
  await state.update((value) => ({ ...value, atRest: PLAIN_AT_REST }), now);
  // Only once the record no longer names it: until then a file may still need it.
  await removeFolderKey(dataDir);
  return plainAtRest;
}

export interface ConversionResult {
  /** Whether the folder's mode changed (false: it already was as asked). */
  readonly changed: boolean;
  readonly encrypted: boolean;
  readonly atRest: AtRest;
}

/**
 * Turn encryption at rest on or off for a folder whose lock the caller holds and whose saves it holds back
 * (the plan store's queue). Every content file is rewritten durably before the record says the folder is done.
 */
export async function convertAtRest(dataDir: string, protector: SecretProtector, state: StateRecord, encrypt: boolean, now: Date, whileRewriting?: WhileRewriting): Promise<ConversionResult> {
  const layout = dataDirLayout(dataDir);
  const current = state.value.atRest;
  const already = current.mode === (encrypt ? 'age' : 'plain');
  if (already && !current.pending) return { changed: false, encrypted: encrypt, atRest: await completePendingConversion(dataDir, protector, state, now) };
  await assertRewritable(layout);
  if (encrypt && current.mode === 'plain') {
    // From plain files (or a conversion to them that was cut off): a key is made when there is none to reuse.
    const recipient = current.pending ? current.recipient : (await createFolderKey(dataDir, protector, now)).recipient;
    await state.update((value) => ({ ...value, atRest: { mode: 'age', pending: true, recipient } }), now);
  } else if (!encrypt && current.mode === 'age') {
    await state.update((value) => ({ ...value, atRest: { mode: 'plain', pending: true, recipient: current.recipient } }), now);
  }
  return { changed: true, encrypted: encrypt, atRest: await completePendingConversion(dataDir, protector, state, now, whileRewriting) };
}
