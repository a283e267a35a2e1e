import { sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  fingerprintOf,
  generateDeviceKeyPair,
  keyidOf,
  keyPairFromPrivateKey,
  nodeIdOf,
  privateKeyFromPkcs8,
  privateKeyToPkcs8,
  publicKeyFromRaw,
  rawPublicKeyOf,
} from './keys.js';

describe('device keys', () => {
  it('generates an Ed25519 pair whose keyid is the SHA-256 of the raw public key', () => {
    const pair = generateDeviceKeyPair();
    expect(pair.publicKey).toHaveLength(32);
    expect(pair.keyid).toMatch(/^[0-9a-f]{64}$/);
    expect(keyidOf(pair.publicKey)).toBe(pair.keyid);
    expect(pair.privateKey.asymmetricKeyType).toBe('ed25519');
    expect(generateDeviceKeyPair().keyid).not.toBe(pair.keyid);
  });

  it('computes the keyid of a known key', () => {
    // SHA-256 of 32 zero bytes.
    expect(keyidOf(new Uint8Array(32))).toBe('66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925');
    expect(() => keyidOf(new Uint8Array(31))).toThrow();
  });

  it('formats the fingerprint and the clock node id', () => {
    const keyid = 'a1b2c3d4e5f60718' + '9'.repeat(48);
    expect(fingerprintOf(keyid)).toBe('A1B2 C3D4 E5F6 0718');
    expect(nodeIdOf(keyid)).toBe('a1b2c3d4e5f60718');
    expect(() => fingerprintOf('A1B2')).toThrow();
  });

  it('turns raw public key bytes into a key that verifies signatures', () => {
    const pair = generateDeviceKeyPair();
    const message = Buffer.from('plan revision 42');
    const signature = sign(null, message, pair.privateKey);
    const publicKey = publicKeyFromRaw(pair.publicKey);
    expect(verify(null, message, publicKey, signature)).toBe(true);
    expect(rawPublicKeyOf(publicKey).equals(pair.publicKey)).toBe(true);
    expect(() => publicKeyFromRaw(new Uint8Array(33))).toThrow();
  });

  it('round-trips the private key through PKCS#8 DER bytes', () => {
    const pair = generateDeviceKeyPair();
    const restored = keyPairFromPrivateKey(privateKeyFromPkcs8(privateKeyToPkcs8(pair.privateKey)));
    expect(restored.keyid).toBe(pair.keyid);
    expect(restored.publicKey.equals(pair.publicKey)).toBe(true);
    expect(() => privateKeyFromPkcs8(Buffer.from('not a key'))).toThrow(expect.objectContaining({ code: 'KEY_FILE_INVALID' }));
  });
});
