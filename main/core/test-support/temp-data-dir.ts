import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createPassphraseProtector } from '../crypto/key-protection.js';
import type { Platform } from '../platform.js';
import { initDataDir, type InitResult } from '../data-dir/init-data-dir.js';

export const TEST_PASSPHRASE = 'correct horse battery staple';

/**
 * The least scrypt work factor a key file may hold: a folder made by the tests costs an eighth of the app's
 * unlock, which keeps the suite's hundreds of folders out of scrypt. Tests of the work factor itself use the
 * app's protector.
 */
export const TEST_SCRYPT_N = 2 ** 14;

/**
 * `scryptN`: the work factor of a new seal. A folder the CLI will open for writing needs the app's own
 * (`SCRYPT_N`), or the CLI seals its key anew at the first opening and the folder changes.
 */
export function testPlatform(options: { passphrase?: string; now?: () => Date; name?: string; scryptN?: number } = {}): Platform {
  return {
    secretProtector: () => Promise.resolve(createPassphraseProtector(options.passphrase ?? TEST_PASSPHRASE, options.scryptN ?? TEST_SCRYPT_N)),
    deviceName: () => options.name ?? 'Laptop test',
    now: options.now ?? (() => new Date()),
  };
}

export async function makeTempDir(prefix = 'draaiboek-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function removeTempDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** A fresh data folder with a key and the first revision of a plan. */
export async function initTempDataDir(
  source: Parameters<typeof initDataDir>[2] = { kind: 'empty' },
  platform: Platform = testPlatform(),
): Promise<{ dataDir: string; init: InitResult }> {
  const parent = await makeTempDir();
  const dataDir = join(parent, 'data');
  const init = await initDataDir(dataDir, platform, source);
  return { dataDir, init };
}

/** Every file of a folder with its bytes: two snapshots are equal when nothing in the folder changed. */
export async function snapshotDir(dir: string): Promise<Map<string, string>> {
  const snapshot = new Map<string, string>();
  async function walk(current: string): Promise<void> {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) {
        await walk(path);
      } else {
        const info = await stat(path);
        snapshot.set(relative(dir, path), `${info.size}:${(await readFile(path)).toString('base64')}`);
      }
    }
  }
  await walk(dir);
  return snapshot;
}
