import { readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { isCrisisDirName, type DataDirLayout } from './data-dir-layout.js';

const TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$|^\d{8,}\.json\.\d+\.tmp$/;

async function removeIn(directory: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(directory);
  } catch {
    return;
  }
  await Promise.all(names.filter((name) => TEMP_FILE.test(name)).map((name) => unlink(join(directory, name)).catch(() => undefined)));
}

/** A save cut off by a crash leaves its temp file behind; the plan itself is whole either way. */
export async function removeAbandonedTempFiles(layout: DataDirLayout): Promise<void> {
  await removeIn(layout.root);
  await removeIn(layout.historyDir);
  await removeIn(layout.rejectedDir);
  // A crisis log is rewritten whole only when the folder's encryption at rest is turned on or off.
  const crises = await readdir(layout.crisesDir).catch(() => []);
  for (const crisis of crises.filter(isCrisisDirName)) await removeIn(join(layout.crisesDir, crisis));
}
