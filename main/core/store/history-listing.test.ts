import { execFileSync } from 'node:child_process';
import { constants } from 'node:fs';
import { mkdir, open, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from '../test-support/temp-data-dir.js';
import { dataDirLayout } from './data-dir-layout.js';
import { listHistoryRevisions } from './history.js';
import { readHistorySummary } from './history-summary.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function historyDir(): Promise<ReturnType<typeof dataDirLayout>> {
  const root = await makeTempDir();
  cleanups.push(() => removeTempDir(root));
  const layout = dataDirLayout(root);
  await mkdir(layout.historyDir);
  return layout;
}

/** A FIFO whose reader would wait forever; opening it for writing once releases any reader left waiting. */
function makeFifo(path: string): void {
  execFileSync('mkfifo', [path]);
  cleanups.push(async () => {
    const writer = await open(path, constants.O_WRONLY | constants.O_NONBLOCK).catch(() => undefined);
    await writer?.close();
  });
}

describe('the history folder as found on disk', () => {
  it('lists only regular files with plausible revision numbers', async () => {
    const layout = await historyDir();
    await writeFile(join(layout.historyDir, '00000001.json'), '{}');
    await writeFile(join(layout.historyDir, '00000002.json'), '{}');
    await mkdir(join(layout.historyDir, '00000003.json'));
    await symlink('/etc/hostname', join(layout.historyDir, '00000004.json'));
    makeFifo(join(layout.historyDir, '00000005.json'));
    await writeFile(join(layout.historyDir, '99999999999999999999.json'), '{}');
    await writeFile(join(layout.historyDir, '00000000.json'), '{}');
    expect(await listHistoryRevisions(layout)).toEqual([1, 2]);
  });

  it('reads no summary from a FIFO, and returns at once', async () => {
    const layout = await historyDir();
    const path = join(layout.historyDir, '00000001.json');
    makeFifo(path);
    const outcome = await Promise.race([
      readHistorySummary(path, 1).then(
        () => 'read',
        () => 'refused',
      ),
      new Promise((resolve) => setTimeout(() => resolve('hung'), 2000)),
    ]);
    expect(outcome).toBe('refused');
  });
});
