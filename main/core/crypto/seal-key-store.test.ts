import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from '../test-support/temp-data-dir.js';
import { generateDeviceKeyPair, rawPublicKeyOf } from './keys.js';
import { loadSealKeys, recordSealKeys, type SealKey } from './seal-key-store.js';

function sealKeyVouchedBy(voucher: string, recordedAt: string, pair = generateDeviceKeyPair()): SealKey {
  return { keyid: pair.keyid, publicKey: pair.publicKey.toString('base64'), name: 'Laptop secretaris', vouchedBy: voucher, recordedAt };
}

describe('the seal key store', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await makeTempDir();
  });
  afterEach(async () => {
    await removeTempDir(dataDir);
  });

  it('knows no key in a folder without the file, and writes none until a key is recorded', async () => {
    expect((await loadSealKeys(dataDir)).keys).toEqual([]);
    await recordSealKeys(dataDir, []);
    expect(existsSync(join(dataDir, 'seal-keys.json'))).toBe(false);
  });

  it('keeps a key with its first voucher, and finds it for checking a seal', async () => {
    const pair = generateDeviceKeyPair();
    const first = sealKeyVouchedBy(generateDeviceKeyPair().keyid, '2026-11-24T10:00:00.000Z', pair);
    await recordSealKeys(dataDir, [first]);
    const written = await readFile(join(dataDir, 'seal-keys.json'));
    const again = await recordSealKeys(dataDir, [{ ...first, vouchedBy: generateDeviceKeyPair().keyid, recordedAt: '2026-11-30T10:00:00.000Z' }]);
    expect(again.keys).toEqual([first]);
    expect(await readFile(join(dataDir, 'seal-keys.json'))).toEqual(written);
    const found = (await loadSealKeys(dataDir)).lookup(pair.keyid);
    expect(found === undefined ? undefined : rawPublicKeyOf(found.publicKey)).toEqual(pair.publicKey);
    expect((await loadSealKeys(dataDir)).lookup(generateDeviceKeyPair().keyid)).toBeUndefined();
  });
});
