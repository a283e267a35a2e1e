import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDeviceKey, deviceKeyPath, loadDeviceKey, resealDeviceKey, unlockDeviceKey } from '../core/crypto/device-key-store.js';
import { createOsKeystoreProtector, CURRENT_SEAL_VERSION } from '../core/crypto/key-protection.js';
import { privateKeyToPkcs8 } from '../core/crypto/keys.js';
import { hasRealKeyStore, osKeyStoreSealing, type AsyncSafeStorage } from './os-key-store.js';

/**
 * A key store with Electron 46's surface: only the asynchronous calls exist, the synchronous ones throw. It
 * encrypts for real (AES-256-GCM) under a key that can be rotated; data sealed under an older key still opens
 * and is reported as due for re-encryption, as safeStorage does.
 */
function asyncOnlyKeyStore(backend = 'gnome_libsecret') {
  const keys = [randomBytes(32)];
  const removed = () => {
    throw new Error('removed in Electron 46');
  };
  const storage: AsyncSafeStorage & Record<'isEncryptionAvailable' | 'encryptString' | 'decryptString', () => never> = {
    isEncryptionAvailable: removed,
    encryptString: removed,
    decryptString: removed,
    isAsyncEncryptionAvailable: () => Promise.resolve(true),
    getSelectedStorageBackend: () => backend,
    encryptStringAsync(plainText) {
      const version = keys.length - 1;
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', keys[version] as Buffer, iv);
      const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
      return Promise.resolve(Buffer.concat([Buffer.from([version]), iv, cipher.getAuthTag(), body]));
    },
    decryptStringAsync(encrypted) {
      const version = encrypted[0] as number;
      const decipher = createDecipheriv('aes-256-gcm', keys[version] as Buffer, encrypted.subarray(1, 13));
      decipher.setAuthTag(encrypted.subarray(13, 29));
      const result = Buffer.concat([decipher.update(encrypted.subarray(29)), decipher.final()]).toString('utf8');
      return Promise.resolve({ result, shouldReEncrypt: version !== keys.length - 1 });
    },
  };
  return { storage, rotate: () => keys.push(randomBytes(32)) };
}

describe('the OS key store through safeStorage', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'draaiboek-keystore-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('seals and opens the device key with the asynchronous calls only', async () => {
    const { storage } = asyncOnlyKeyStore();
    expect(await hasRealKeyStore(storage, 'linux')).toBe(true);
    const { seal, unseal } = osKeyStoreSealing(storage);
    const protector = createOsKeystoreProtector(seal, unseal);
    const created = await createDeviceKey(dataDir, protector);
    const loaded = await loadDeviceKey(dataDir, protector);
    expect(privateKeyToPkcs8(loaded.privateKey).equals(privateKeyToPkcs8(created.privateKey))).toBe(true);
  });

  it('seals the key again when the key store asks for it, and the new seal opens it', async () => {
    const { storage, rotate } = asyncOnlyKeyStore();
    const { seal, unseal } = osKeyStoreSealing(storage);
    const protector = createOsKeystoreProtector(seal, unseal);
    const created = await createDeviceKey(dataDir, protector, 'Laptop BCM');
    const before = JSON.parse(await readFile(deviceKeyPath(dataDir), 'utf8')) as { privateKey: { ciphertext: string } };
    rotate();

    // Unlocking says the seal is outdated; a folder opened for writing seals it again (unlock-data-dir).
    const unlocked = await unlockDeviceKey(dataDir, protector);
    expect(unlocked.pair.keyid).toBe(created.keyid);
    expect(unlocked.outdated).toBe(true);
    await resealDeviceKey(dataDir, protector, unlocked.pair);
    const after = JSON.parse(await readFile(deviceKeyPath(dataDir), 'utf8')) as Record<string, unknown> & { privateKey: { ciphertext: string } };
    expect(after.privateKey.ciphertext).not.toBe(before.privateKey.ciphertext);
    // Sealed under the newest key: the store no longer asks for a re-seal.
    expect((await unseal(Buffer.from(after.privateKey.ciphertext, 'base64'))) as { reseal: boolean }).toMatchObject({ reseal: false });
    expect(after).toMatchObject({ version: CURRENT_SEAL_VERSION, keyid: created.keyid, name: 'Laptop BCM' });
    expect((await unlockDeviceKey(dataDir, protector)).outdated).toBe(false);
    if (process.platform !== 'win32') expect((await stat(deviceKeyPath(dataDir))).mode & 0o777).toBe(0o600);
    expect((await loadDeviceKey(dataDir, protector)).keyid).toBe(created.keyid);
  });

  it("refuses Linux's basic_text fallback, and a store whose encryption is unavailable", async () => {
    expect(await hasRealKeyStore(asyncOnlyKeyStore('basic_text').storage, 'linux')).toBe(false);
    expect(await hasRealKeyStore(asyncOnlyKeyStore('basic_text').storage, 'darwin')).toBe(true);
    const unavailable = { ...asyncOnlyKeyStore().storage, isAsyncEncryptionAvailable: () => Promise.resolve(false) };
    expect(await hasRealKeyStore(unavailable, 'win32')).toBe(false);
  });
});
