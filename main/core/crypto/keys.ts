import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { DraaiboekError } from '../../../shared/errors.js';

/** This device's signing key. `keyid` names it everywhere: in signatures, the trust store and the clock. */
export interface DeviceKeyPair {
  keyid: string;
  /** The raw 32-byte Ed25519 public key. */
  publicKey: Buffer;
  privateKey: KeyObject;
}

export const RAW_PUBLIC_KEY_BYTES = 32;
export const keyidPattern = /^[0-9a-f]{64}$/;

/** DER prefix that turns a raw Ed25519 public key into SubjectPublicKeyInfo (RFC 8410). */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

function assertRawPublicKey(rawPublicKey: Uint8Array): void {
  if (rawPublicKey.length !== RAW_PUBLIC_KEY_BYTES) {
    throw new DraaiboekError('SCHEMA_INVALID', `an Ed25519 public key has ${RAW_PUBLIC_KEY_BYTES} bytes, not ${rawPublicKey.length}`, {
      length: rawPublicKey.length,
      detail: `public key of ${rawPublicKey.length} bytes`,
    });
  }
}

function assertKeyid(keyid: string): void {
  if (!keyidPattern.test(keyid)) {
    throw new DraaiboekError('SCHEMA_INVALID', 'a key id is 64 lowercase hex digits', { keyid, detail: 'keyid' });
  }
}

/** Lowercase hex SHA-256 of the raw public key. */
export function keyidOf(rawPublicKey: Uint8Array): string {
  assertRawPublicKey(rawPublicKey);
  return createHash('sha256').update(rawPublicKey).digest('hex');
}

/** What a person reads aloud to compare keys, and what every printed page shows: `A1B2 C3D4 E5F6 0718`. */
export function fingerprintOf(keyid: string): string {
  assertKeyid(keyid);
  const digits = keyid.slice(0, 16).toUpperCase();
  return `${digits.slice(0, 4)} ${digits.slice(4, 8)} ${digits.slice(8, 12)} ${digits.slice(12, 16)}`;
}

/** The device's id in clock stamps: short, but long enough that two devices of one municipality never share it. */
export function nodeIdOf(keyid: string): string {
  assertKeyid(keyid);
  return keyid.slice(0, 16);
}

export function publicKeyFromRaw(rawPublicKey: Uint8Array): KeyObject {
  assertRawPublicKey(rawPublicKey);
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, rawPublicKey]), format: 'der', type: 'spki' });
}

export function rawPublicKeyOf(key: KeyObject): Buffer {
  if (key.asymmetricKeyType !== 'ed25519') throw new DraaiboekError('SCHEMA_INVALID', 'not an Ed25519 key', { detail: 'not an Ed25519 key' });
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  const der = publicKey.export({ format: 'der', type: 'spki' });
  return Buffer.from(der.subarray(der.length - RAW_PUBLIC_KEY_BYTES));
}

export function privateKeyToPkcs8(privateKey: KeyObject): Buffer {
  return privateKey.export({ format: 'der', type: 'pkcs8' });
}

export function privateKeyFromPkcs8(der: Uint8Array): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: Buffer.from(der), format: 'der', type: 'pkcs8' });
  } catch {
    throw new DraaiboekError('KEY_FILE_INVALID', 'the private key is not a valid PKCS#8 key', {});
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new DraaiboekError('KEY_FILE_INVALID', `the private key is ${key.asymmetricKeyType ?? 'unknown'}, not Ed25519`, {});
  }
  return key;
}

export function keyPairFromPrivateKey(privateKey: KeyObject): DeviceKeyPair {
  const publicKey = rawPublicKeyOf(privateKey);
  return { keyid: keyidOf(publicKey), publicKey, privateKey };
}

export function generateDeviceKeyPair(): DeviceKeyPair {
  return keyPairFromPrivateKey(generateKeyPairSync('ed25519').privateKey);
}
