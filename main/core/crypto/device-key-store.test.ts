import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDeviceKey, deviceKeyPath, loadDeviceKey, readDevicePublicKey } from './device-key-store.js';
import { createPassphraseProtector } from './key-protection.js';
import { generateDeviceKeyPair, privateKeyToPkcs8 } from './keys.js';
import { rejectionCode } from '../test-support/rejection-code.js';

const codeOf = rejectionCode;

describe('device key store', () => {
  let dataDir: string;
  const protector = createPassphraseProtector('een lange wachtzin');

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'draaiboek-keys-'));
  });

  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('creates a key, reads its public half without a secret, and unlocks the same pair', async () => {
    const created = await createDeviceKey(dataDir, protector, 'Laptop crisiscoördinator');
    const publicKey = await readDevicePublicKey(dataDir);
    expect(publicKey).toMatchObject({ keyid: created.keyid, name: 'Laptop crisiscoördinator' });
    expect(publicKey.publicKey.equals(created.publicKey)).toBe(true);
    const loaded = await loadDeviceKey(dataDir, protector);
    expect(loaded.keyid).toBe(created.keyid);
    expect(privateKeyToPkcs8(loaded.privateKey).equals(privateKeyToPkcs8(created.privateKey))).toBe(true);
  });

  it('never stores the private key in plain text, and keeps the file private to the user', async () => {
    const created = await createDeviceKey(dataDir, protector);
    const text = await readFile(deviceKeyPath(dataDir), 'utf8');
    const pkcs8 = privateKeyToPkcs8(created.privateKey);
    expect(text).not.toContain(pkcs8.toString('base64'));
    expect(text).not.toContain(pkcs8.subarray(-32).toString('base64'));
    expect(JSON.parse(text)).toMatchObject({ version: 2, keyid: created.keyid, privateKey: { kind: 'passphrase' } });
    if (process.platform !== 'win32') expect((await stat(deviceKeyPath(dataDir))).mode & 0o777).toBe(0o600);
  });

  it('refuses to replace an existing key', async () => {
    const first = await createDeviceKey(dataDir, protector);
    expect(await codeOf(() => createDeviceKey(dataDir, protector))).toBe('STORE_ALREADY_INITIALISED');
    expect((await readDevicePublicKey(dataDir)).keyid).toBe(first.keyid);
  });

  it('lets only one of two simultaneous creations win', async () => {
    const results = await Promise.allSettled([createDeviceKey(dataDir, protector), createDeviceKey(dataDir, protector)]);
    const winners = results.filter((result) => result.status === 'fulfilled');
    expect(winners).toHaveLength(1);
    const winner = winners[0];
    if (winner?.status === 'fulfilled') expect((await loadDeviceKey(dataDir, protector)).keyid).toBe(winner.value.keyid);
  });

  it('says KEY_MISSING when the device has no key', async () => {
    expect(await codeOf(() => loadDeviceKey(dataDir, protector))).toBe('KEY_MISSING');
    expect(await codeOf(() => readDevicePublicKey(dataDir))).toBe('KEY_MISSING');
  });

  it('refuses a wrong passphrase', async () => {
    await createDeviceKey(dataDir, protector);
    expect(await codeOf(() => loadDeviceKey(dataDir, createPassphraseProtector('fout')))).toBe('KEY_PASSPHRASE_WRONG');
  });

  it('refuses a damaged or tampered key file with KEY_FILE_INVALID', async () => {
    await createDeviceKey(dataDir, protector);
    const path = deviceKeyPath(dataDir);
    const original = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
    const other = generateDeviceKeyPair();
    const variants: string[] = [
      '{"version":1,',
      JSON.stringify({ ...original, version: 3 }),
      JSON.stringify({ ...original, keyid: 'f'.repeat(64) }),
      JSON.stringify({ ...original, extra: 'field' }),
      JSON.stringify({ ...original, privateKey: { kind: 'passphrase' } }),
    ];
    for (const text of variants) {
      await chmod(path, 0o600);
      await writeFile(path, text);
      expect(await codeOf(() => readDevicePublicKey(dataDir))).toBe('KEY_FILE_INVALID');
    }
    // Someone swapped in another public key (with its matching id): the private key no longer belongs to it.
    await writeFile(path, JSON.stringify({ ...original, keyid: other.keyid, publicKey: other.publicKey.toString('base64') }));
    expect((await readDevicePublicKey(dataDir)).keyid).toBe(other.keyid);
    expect(await codeOf(() => loadDeviceKey(dataDir, protector))).toBe('DEVICE_KEY_MISMATCH');
  });

  it('cannot pass a version-2 key file off as version 1', async () => {
    await createDeviceKey(dataDir, protector);
    const path = deviceKeyPath(dataDir);
    const original = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
    expect(original['version']).toBe(2);
    await writeFile(path, JSON.stringify({ ...original, version: 1 }));
    expect(await codeOf(() => loadDeviceKey(dataDir, protector))).toBe('KEY_PASSPHRASE_WRONG');
  });
});
