import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { deviceKeyPath } from '../crypto/device-key-store.js';
import { createPassphraseProtector } from '../crypto/key-protection.js';
import type { Platform } from '../platform.js';
import { makeTempDir, removeTempDir, snapshotDir, TEST_PASSPHRASE, testPlatform } from '../test-support/temp-data-dir.js';
import { openDataDir } from './open-data-dir.js';
import { createPlanService } from '../plan/plan-service.js';

/** A data folder as Draaiboek wrote it before state records: key file version 1, scrypt N = 2^15. */
const FOLDER_MADE_2026_11 = fileURLToPath(new URL('./fixtures/folder-made-2026-11', import.meta.url));

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function copyOfOldFolder(): Promise<string> {
  const parent = await makeTempDir();
  cleanups.push(() => removeTempDir(parent));
  const dataDir = join(parent, 'data');
  await cp(FOLDER_MADE_2026_11, dataDir, { recursive: true });
  return dataDir;
}

interface KeyFileView {
  version: number;
  keyid: string;
  privateKey: { kind: string; N?: number };
}

async function keyFile(dataDir: string): Promise<KeyFileView> {
  return JSON.parse(await readFile(deviceKeyPath(dataDir), 'utf8')) as KeyFileView;
}

describe('a data folder made before state records', () => {
  it('opens read-only as it is, changing nothing', async () => {
    const dataDir = await copyOfOldFolder();
    const before = await snapshotDir(dataDir);
    const opened = await openDataDir(dataDir, testPlatform(), 'read');
    expect(opened.store.current.revision).toBe(2);
    await opened.close();
    expect(await snapshotDir(dataDir)).toEqual(before);
  });

  it('opens, gets its state record, and its key is sealed again at N >= 2^17 on that unlock', async () => {
    const dataDir = await copyOfOldFolder();
    const old = await keyFile(dataDir);
    expect(old).toMatchObject({ version: 1, privateKey: { kind: 'passphrase', N: 2 ** 15 } });

    // The app's own protector: the suite's test platform seals at a lower work factor.
    const appPlatform: Platform = { ...testPlatform(), secretProtector: () => Promise.resolve(createPassphraseProtector(TEST_PASSPHRASE)) };
    const opened = await openDataDir(dataDir, appPlatform, 'write');
    expect(opened.store.current.revision).toBe(2);
    expect(opened.state.value).toMatchObject({ planId: opened.store.current.planId, highestRevision: 2, device: { keyid: old.keyid } });
    await createPlanService(opened).apply([{ op: 'updateMeta', set: { versionLabel: '1.2' } }]);
    await opened.close();

    const resealed = await keyFile(dataDir);
    expect(resealed.version).toBe(2);
    expect(resealed.keyid).toBe(old.keyid);
    expect(resealed.privateKey.N).toBeGreaterThanOrEqual(2 ** 17);
    const again = await openDataDir(dataDir, appPlatform, 'write');
    expect(again.store.current.revision).toBe(3);
    expect(again.state.value.highestRevision).toBe(3);
    await again.close();
  });
});
