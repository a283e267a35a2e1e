import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Approval } from '../../../../shared/plan/cycle-records.js';
import type { Platform } from '../../platform.js';
import { openDataDir, type OpenedDataDir } from '../../data-dir/open-data-dir.js';
import { createCycleService } from '../../cycle/cycle-service.js';
import { createPlanService, type PlanService } from '../../plan/plan-service.js';
import { initTempDataDir, makeTempDir, removeTempDir, testPlatform } from '../../test-support/temp-data-dir.js';
import { createBundleService, type BundleService } from '../bundle-service.js';

export interface Laptop {
  readonly name: string;
  readonly dataDir: string;
  readonly platform: Platform;
  /** Open the folder, run `work` with its services, close it again (as the app or a CLI run would). */
  use<T>(work: (services: { bundles: BundleService; plan: PlanService; opened: OpenedDataDir }) => Promise<T>): Promise<T>;
  /** Export the current revision to a file in the stick folder and return its bytes. */
  exportTo(stick: string, fileName: string, passphrase?: string): Promise<Uint8Array>;
  remove(): Promise<void>;
}

/** A crisis-team member's laptop: its own data folder, key and name. */
export async function makeLaptop(
  name: string,
  source: { kind: 'sample' } | { kind: 'empty' } = { kind: 'empty' },
  now?: () => Date,
): Promise<Laptop> {
  const platform = testPlatform(now === undefined ? { name } : { name, now });
  const { dataDir } = await initTempDataDir(source, platform);
  const laptop: Laptop = {
    name,
    dataDir,
    platform,
    async use(work) {
      const opened = await openDataDir(dataDir, platform, 'write');
      try {
        return await work({ bundles: createBundleService(opened), plan: createPlanService(opened), opened });
      } finally {
        await opened.close();
      }
    },
    async exportTo(stick, fileName, passphrase) {
      const out = join(stick, fileName);
      await laptop.use(({ bundles }) =>
        bundles.exportBundle(passphrase === undefined ? { out, encrypt: false } : { out, passphrase }),
      );
      return readFile(out);
    },
    remove: () => removeTempDir(dirname(dataDir)),
  };
  return laptop;
}

export async function makeStick(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await makeTempDir('draaiboek-stick-');
  return { dir, remove: () => removeTempDir(dir) };
}

/** The college adopts the laptop's current revision, recorded and sealed on that laptop. */
export async function approveCurrent(laptop: Laptop): Promise<Approval> {
  return laptop.use(async ({ opened }) => {
    const signed = await createCycleService(opened).approve({ revision: opened.store.current.revision, body: 'college', date: '2026-11-24' });
    const approval = signed.plan.content.approvals[0];
    if (approval === undefined) throw new Error('no approval');
    return approval;
  });
}
