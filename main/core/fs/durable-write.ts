import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** fsync a folder so that a rename or a new link in it survives a power cut. */
export async function fsyncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Write bytes to a new, uniquely named file beside `targetPath` and fsync it. Returns the temp path. */
export async function writeTempFileDurably(targetPath: string, data: string | Uint8Array): Promise<string> {
  const tempPath = join(dirname(targetPath), `.${basename(targetPath)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(tempPath, 'wx', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(tempPath).catch(() => undefined);
    throw error;
  } finally {
    await handle.close().catch(() => undefined);
  }
  return tempPath;
}

/**
 * Replace `targetPath` atomically and durably: temp file, fsync, rename, fsync the folder. When the promise
 * resolves the new content is on disk; if the process dies at any moment, the file holds the old content or
 * the new, never a mix.
 */
export async function writeFileDurably(targetPath: string, data: string | Uint8Array): Promise<void> {
  const tempPath = await writeTempFileDurably(targetPath, data);
  try {
    await rename(tempPath, targetPath);
  } catch (error) {
    await unlink(tempPath).catch(() => undefined);
    throw error;
  }
  await fsyncDirectory(dirname(targetPath));
}
