import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { createOsKeystoreProtector } from '../crypto/key-protection.js';
import type { Platform } from '../platform.js';

/**
 * An OS key store stand-in for tests: AES-256-GCM under a key held by the test. Unlocking costs no KDF, so a
 * test that opens a folder hundreds of times (or many readers at once) does not spend its time in scrypt.
 * The store key is hex so a child process can be handed the same key store through its environment.
 */
export function testKeystorePlatform(options: { storeKeyHex?: string; name?: string } = {}): Platform & { storeKeyHex: string } {
  const storeKeyHex = options.storeKeyHex ?? randomBytes(32).toString('hex');
  const storeKey = Buffer.from(storeKeyHex, 'hex');
  if (storeKey.length !== 32) throw new Error('the test key store needs a 32-byte key in hex');
  const seal = (plain: Buffer): Buffer => {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', storeKey, iv);
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  };
  const unseal = (sealed: Buffer): Buffer => {
    const decipher = createDecipheriv('aes-256-gcm', storeKey, sealed.subarray(0, 12));
    decipher.setAuthTag(sealed.subarray(12, 28));
    return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
  };
  const protector = createOsKeystoreProtector(seal, unseal);
  return {
    storeKeyHex,
    secretProtector: () => Promise.resolve(protector),
    deviceName: () => options.name ?? 'Laptop test',
    now: () => new Date(),
  };
}
