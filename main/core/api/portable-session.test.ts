import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseSecretProtector } from '../data-dir/device-key-protection.js';
import { dataFolderLocation, PORTABLE_MARKER_FILE } from '../data-dir/data-folder-location.js';
import { createPassphraseBox } from '../data-dir/passphrase-box.js';
import type { Platform } from '../platform.js';
import { makeTempDir, removeTempDir, TEST_PASSPHRASE } from '../test-support/temp-data-dir.js';
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
  });
});
