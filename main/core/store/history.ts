import { constants, type Dirent } from 'node:fs';
import { copyFile, mkdir, open, readdir, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { fsyncDirectory } from '../fs/durable-write.js';
import { historyFileName, revisionOfHistoryFile, type DataDirLayout } from './data-dir-layout.js';

/**
 * The revisions kept in history, oldest first. Only regular files count: a directory, link, FIFO or device
 * under a revision's name is no revision (and a FIFO would hang whoever opens it).
 */
export async function listHistoryRevisions(layout: DataDirLayout): Promise<number[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(layout.historyDir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => revisionOfHistoryFile(entry.name))
    .filter((revision): revision is number => revision !== undefined)
    .sort((a, b) => a - b);
}

export function historyPath(layout: DataDirLayout, revision: number): string {
  return join(layout.historyDir, historyFileName(revision));
}

/**
 * Keep a revision in history as a copy of its own. Not a hard link: an editor or a disk fault that changes
 * `plan.json` in place would change the linked history file with it, and the last good revision would be
 * gone exactly when it is needed. Where the file system can clone (copy-on-write), the copy shares blocks.
 */
export async function recordInHistory(layout: DataDirLayout, sourceFile: string, revision: number): Promise<void> {
  await mkdir(layout.historyDir, { recursive: true });
  const target = historyPath(layout, revision);
  const tempFile = `${target}.${process.pid}.tmp`;
  await copyFile(sourceFile, tempFile, constants.COPYFILE_FICLONE);
  const handle = await open(tempFile, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(tempFile, target);
  await fsyncDirectory(layout.historyDir);
}

/** Drop the oldest revisions beyond `keep`; returns the revisions that remain, oldest first. */
export async function pruneHistory(layout: DataDirLayout, revisions: readonly number[], keep: number): Promise<number[]> {
  const surplus = revisions.slice(0, Math.max(0, revisions.length - keep));
  await Promise.all(surplus.map((revision) => unlink(historyPath(layout, revision)).catch(() => undefined)));
  return revisions.slice(surplus.length);
}
