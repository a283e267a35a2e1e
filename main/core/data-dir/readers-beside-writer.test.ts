import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../../cli/test-support/run-in-process.js';
import type { Platform } from '../platform.js';
import { initTempDataDir, removeTempDir, testPlatform } from '../test-support/temp-data-dir.js';
import { testKeystorePlatform } from '../test-support/test-key-store.js';
import { openDataDir } from './open-data-dir.js';
import { createPlanService } from '../plan/plan-service.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function keystorePlatform(): Platform {
  return testKeystorePlatform({ name: 'Laptop lezer' });
}

describe('readers beside a writer', () => {
  it('never see a rollback in a healthy folder while another opener saves 40 revisions', async () => {
    const platform = keystorePlatform();
    const { dataDir } = await initTempDataDir({ kind: 'sample' }, platform);
    cleanups.push(() => removeTempDir(join(dataDir, '..')));
    const writer = await openDataDir(dataDir, platform, 'write');
    cleanups.push(() => writer.close());
    const plans = createPlanService(writer);
    let writing = true;
    const saves = (async () => {
      try {
        for (let round = 0; round < 40; round += 1) {
          await plans.apply([{ op: 'updateMeta', set: { versionLabel: `r${round}`, purpose: 'x'.repeat(round * 97) } }]);
        }
      } finally {
        writing = false;
      }
    })();
    const seen: string[] = [];
    const reader = async (): Promise<void> => {
      while (writing) {
        const opened = await openDataDir(dataDir, platform, 'read');
        const status = opened.store.status;
        seen.push(status.state === 'refused' ? status.refusal.code : status.state);
        await opened.close();
      }
    };
    await Promise.all([saves, reader(), reader(), reader()]);
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.filter((state) => state !== 'ready')).toEqual([]);
  });

  it('draaiboek verify never reports a rollback while the plan is being saved', async () => {
    const passphrase = 'lezer naast schrijver';
    const platform = testPlatform({ passphrase });
    const { dataDir } = await initTempDataDir({ kind: 'sample' }, platform);
    cleanups.push(() => removeTempDir(join(dataDir, '..')));
    const writer = await openDataDir(dataDir, platform, 'write');
    cleanups.push(() => writer.close());
    const plans = createPlanService(writer);
    let writing = true;
    const saves = (async () => {
      try {
        for (let round = 0; round < 40; round += 1) await plans.apply([{ op: 'updateMeta', set: { versionLabel: `r${round}` } }]);
      } finally {
        writing = false;
      }
    })();
    const codes: number[] = [];
    const verifier = async (): Promise<void> => {
      while (writing) codes.push((await runInProcess(['verify', '--data-dir', dataDir], { DRAAIBOEK_PASSPHRASE: passphrase, LANG: 'en' })).code);
    };
    await Promise.all([saves, verifier(), verifier()]);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.filter((code) => code !== 0)).toEqual([]);
  });
});
