import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseSecretProtector } from '../data-dir/device-key-protection.js';
import { dataFolderLocation, PORTABLE_MARKER_FILE } from '../data-dir/data-folder-location.js';
import { createPassphraseBox } from '../data-dir/passphrase-box.js';
import type { Platform } from '../platform.js';
import { createPassphraseProtector } from '../crypto/key-protection.js';
import { initDataDir } from '../data-dir/init-data-dir.js';
import { makeTempDir, removeTempDir, TEST_PASSPHRASE, TEST_SCRYPT_N, testPlatform } from '../test-support/temp-data-dir.js';
import { testKeystorePlatform } from '../test-support/test-key-store.js';
import { createAppSession } from './app-session.js';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const task of cleanup.splice(0)) await task();
});

describe('the app started from a stick', () => {
  it('asks for a passphrase on the first start, even on a laptop with a key store, and keeps everything on the stick', async () => {
    const stick = await makeTempDir('draaiboek-stick-');
    cleanup.push(() => removeTempDir(stick));
    await writeFile(join(stick, PORTABLE_MARKER_FILE), '');
    const location = dataFolderLocation({ execPath: join(stick, 'draaiboek'), env: {}, platform: 'linux', userData: join(stick, '..', 'profile'), cwd: stick });
    expect(location.portable).toBe(true);

    const laptopKeyStore = testKeystorePlatform();
    const passphrases = createPassphraseBox();
    const platform: Platform = {
      ...laptopKeyStore,
      secretProtector: () => chooseSecretProtector({ portable: location.portable, osKeyStore: () => laptopKeyStore.secretProtector(), passphrase: () => passphrases.get() }),
    };
    const session = createAppSession({ dataDir: location.dir, platform, passphrases, portable: location.portable });
    cleanup.push(() => session.close());

    expect(await session.start()).toMatchObject({ state: 'needs-passphrase', firstStart: true });
    expect(await session.unlock(TEST_PASSPHRASE)).toEqual({ state: 'ready', dataDir: location.dir, portable: true });
    const key = JSON.parse(await readFile(join(stick, 'Draaiboek-gegevens', 'keys', 'device.json'), 'utf8')) as { privateKey: { kind: string } };
    expect(key.privateKey.kind).toBe('passphrase');
    const plan = await readFile(join(location.dir, 'plan.json'));
    expect(plan.subarray(0, 21).toString('latin1')).toBe('age-encryption.org/v1');
    expect(plan.includes('Voorbeeldstad')).toBe(false);
  });

  it('encrypts a plain folder found on a stick at its first opening there', async () => {
    const stick = await makeTempDir('draaiboek-stick-');
    cleanup.push(() => removeTempDir(stick));
    const dir = join(stick, 'Draaiboek-gegevens');
    await initDataDir(dir, testPlatform(), { kind: 'sample' });
    expect((await readFile(join(dir, 'plan.json'), 'utf8')).includes('Voorbeeldstad')).toBe(true);

    const passphrases = createPassphraseBox();
    const platform: Platform = { ...testPlatform(), secretProtector: () => Promise.resolve(createPassphraseProtector(passphrases.get() ?? '', TEST_SCRYPT_N)) };
    const session = createAppSession({ dataDir: dir, platform, passphrases, portable: true });
    cleanup.push(() => session.close());
    expect(await session.start()).toMatchObject({ state: 'needs-passphrase', firstStart: false });
    expect(await session.unlock(TEST_PASSPHRASE)).toEqual({ state: 'ready', dataDir: dir, portable: true });
    const plan = await readFile(join(dir, 'plan.json'));
    expect(plan.subarray(0, 21).toString('latin1')).toBe('age-encryption.org/v1');
    expect(plan.includes('Voorbeeldstad')).toBe(false);
  });
});
