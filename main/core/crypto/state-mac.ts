import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { DraaiboekError } from '../../../shared/errors.js';
import type { DeviceKeyPair } from './keys.js';

const MAC_KEY_BYTES = 32;
/** Domain separation: this key authenticates the state record and nothing else, and never signs. */
const HKDF_SALT = Buffer.from('draaiboek', 'utf8');
const HKDF_INFO = Buffer.from('draaiboek state record mac v1', 'utf8');

/**
 * The key that authenticates a data folder's protected state: HKDF-SHA256 of this device's Ed25519 private
 * seed. Only a process that unlocked the device key can make or check it; the public key says nothing of it.
 */
export function deriveStateMacKey(pair: DeviceKeyPair): Buffer {
  const jwk = pair.privateKey.export({ format: 'jwk' });
  if (typeof jwk.d !== 'string') throw new DraaiboekError('INTERNAL', 'the private key has no seed', { detail: 'jwk' });
  const seed = Buffer.from(jwk.d, 'base64url');
  try {
    return Buffer.from(hkdfSync('sha256', seed, HKDF_SALT, HKDF_INFO, MAC_KEY_BYTES));
  } finally {
    seed.fill(0);
  }
}

export function stateMacOf(macKey: Buffer, canonicalText: string): Buffer {
  return createHmac('sha256', macKey).update(canonicalText, 'utf8').digest();
}

export function stateMacMatches(macKey: Buffer, canonicalText: string, mac: Buffer): boolean {
  const expected = stateMacOf(macKey, canonicalText);
  return mac.length === expected.length && timingSafeEqual(mac, expected);
}
