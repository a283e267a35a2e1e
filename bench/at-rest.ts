import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { generateFixtureContent, type FixtureSize } from '../main/core/fixtures/index.js';
import { initDataDir } from '../main/core/data-dir/init-data-dir.js';
import { openDataDir, type OpenedDataDir } from '../main/core/data-dir/open-data-dir.js';
import { createPlanService } from '../main/core/plan/plan-service.js';
import { dataDirLayout } from '../main/core/store/data-dir-layout.js';
import { readVerifiedPlanFile } from '../main/core/store/plan-file.js';
import { makeTempDir, testPlatform } from '../main/core/test-support/temp-data-dir.js';
import { testKeystorePlatform } from '../main/core/test-support/test-key-store.js';
import { median, type BenchRow } from './measure.js';

const ROUNDS: Record<'M' | 'L', number> = { M: 11, L: 5 };

export interface AtRestSizeResult {
  readonly size: FixtureSize;
  readonly saveMs: number;
  readonly savePlainMs: number;
  readonly openMs: number;
  readonly openPlainMs: number;
}

/** Saving and opening the same plan in an encrypted and a plain folder, alternated round by round. */
async function measureSize(size: 'M' | 'L'): Promise<AtRestSizeResult> {
  // The key store stand-in: what is measured is the files, not the unlock (measured once, below).
  const platform = testKeystorePlatform();
  const parent = await makeTempDir();
  try {
    const content = generateFixtureContent(size);
    const folders = { plain: join(parent, 'plain'), encrypted: join(parent, 'encrypted') };
    await initDataDir(folders.plain, platform, { kind: 'content', content });
    await initDataDir(folders.encrypted, platform, { kind: 'content', content }, { encryptAtRest: true });
    const writers: Record<'plain' | 'encrypted', OpenedDataDir> = {
      plain: await openDataDir(folders.plain, platform, 'write'),
      encrypted: await openDataDir(folders.encrypted, platform, 'write'),
    };
    const times = { plain: { save: [] as number[], open: [] as number[] }, encrypted: { save: [] as number[], open: [] as number[] } };
    for (const kind of ['plain', 'encrypted'] as const) await createPlanService(writers[kind]).apply([{ op: 'updateMeta', set: { versionLabel: 'warm-up' } }]);
    for (let round = 0; round < ROUNDS[size]; round += 1) {
      for (const kind of ['plain', 'encrypted'] as const) {
        const opened = writers[kind];
        let started = performance.now();
        await createPlanService(opened).apply([{ op: 'updateMeta', set: { versionLabel: `bench ${round}` } }]);
        times[kind].save.push(performance.now() - started);
        started = performance.now();
        await readVerifiedPlanFile(dataDirLayout(opened.dataDir).planFile, opened.lookup, opened.atRest());
        times[kind].open.push(performance.now() - started);
      }
    }
    for (const opened of Object.values(writers)) await opened.close();
    return {
      size,
      saveMs: median(times.encrypted.save),
      savePlainMs: median(times.plain.save),
      openMs: median(times.encrypted.open),
      openPlainMs: median(times.plain.open),
    };
  } finally {
    await rm(parent, { recursive: true, force: true });
  }
}

/** Unlocking with a passphrase: the device key and the folder key, one scrypt each, per unlock and never per file. */
async function measureUnlock(): Promise<{ encryptedMs: number; plainMs: number }> {
  const platform = testPlatform();
  const parent = await makeTempDir();
  try {
    const folders = { plain: join(parent, 'plain'), encrypted: join(parent, 'encrypted') };
    await initDataDir(folders.plain, platform, { kind: 'sample' });
    await initDataDir(folders.encrypted, platform, { kind: 'sample' }, { encryptAtRest: true });
    const times = { plain: [] as number[], encrypted: [] as number[] };
    for (let round = 0; round < 3; round += 1) {
      for (const kind of ['plain', 'encrypted'] as const) {
        const started = performance.now();
        const opened = await openDataDir(folders[kind], platform, 'read');
        times[kind].push(performance.now() - started);
        await opened.close();
      }
    }
    return { encryptedMs: median(times.encrypted), plainMs: median(times.plain) };
  } finally {
    await rm(parent, { recursive: true, force: true });
  }
}

export async function benchAtRest(): Promise<{ rows: BenchRow[]; raw: { sizes: AtRestSizeResult[]; unlock: { encryptedMs: number; plainMs: number } } }> {
  const sizes = [await measureSize('M'), await measureSize('L')];
  const rows: BenchRow[] = [];
  for (const result of sizes) {
    rows.push({ name: `save ${result.size}, encrypted at rest`, valueMs: result.saveMs, baselineMs: result.savePlainMs, baselineName: 'save, plain folder', targetRatio: 1.5 });
    rows.push({ name: `open ${result.size}, encrypted at rest`, valueMs: result.openMs, baselineMs: result.openPlainMs, baselineName: 'open, plain folder', targetRatio: 1.5 });
  }
  const unlock = await measureUnlock();
  rows.push({ name: 'unlock with passphrase, encrypted folder', valueMs: unlock.encryptedMs, baselineMs: unlock.plainMs, baselineName: 'unlock, plain folder' });
  return { rows, raw: { sizes, unlock } };
}
