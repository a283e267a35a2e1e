import { createPublicKey, randomBytes, type KeyObject } from 'node:crypto';
import { rawX25519PublicKey, x25519PrivateKey } from './age-file.js';

/*
 * age's X25519 identities and recipients in their text form: Bech32 (BIP 173) with the human-readable parts
 * `AGE-SECRET-KEY-` (written in upper case) and `age`, as `age-keygen` writes them.
 */

const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: readonly number[]): number {
  let check = 1;
  for (const value of values) {
    const top = check >>> 25;
    check = ((check & 0x1ffffff) << 5) ^ value;
    GENERATOR.forEach((g, bit) => {
      if ((top >>> bit) & 1) check ^= g;
    });
  }
  return check >>> 0;
}

function hrpExpand(hrp: string): number[] {
  const codes = [...hrp].map((char) => char.charCodeAt(0));
  return [...codes.map((code) => code >>> 5), 0, ...codes.map((code) => code & 31)];
}

function regroup(data: Iterable<number>, from: number, to: number, pad: boolean): number[] | undefined {
  let accumulator = 0;
  let bits = 0;
  const out: number[] = [];
  for (const value of data) {
    accumulator = (accumulator << from) | value;
    bits += from;
    while (bits >= to) {
      bits -= to;
      out.push((accumulator >>> bits) & ((1 << to) - 1));
    }
  }
  if (pad && bits > 0) out.push((accumulator << (to - bits)) & ((1 << to) - 1));
  if (!pad && (bits >= from || ((accumulator << (to - bits)) & ((1 << to) - 1)) !== 0)) return undefined;
  return out;
}

function encode(hrp: string, bytes: Uint8Array): string {
  const data = regroup(bytes, 8, 5, true) ?? [];
  const check = polymod([...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const checksum = [0, 1, 2, 3, 4, 5].map((index) => (check >>> (5 * (5 - index))) & 31);
  return `${hrp}1${[...data, ...checksum].map((value) => CHARSET[value]).join('')}`;
}

function decode(hrp: string, text: string): Buffer | undefined {
  const lower = text.toLowerCase();
  if (text !== lower && text !== text.toUpperCase()) return undefined;
  if (!lower.startsWith(`${hrp}1`)) return undefined;
  const values = [...lower.slice(hrp.length + 1)].map((char) => CHARSET.indexOf(char));
  if (values.length < 7 || values.some((value) => value < 0)) return undefined;
  if (polymod([...hrpExpand(hrp), ...values]) !== 1) return undefined;
  const bytes = regroup(values.slice(0, -6), 5, 8, false);
  return bytes === undefined ? undefined : Buffer.from(bytes);
}

export interface AgeX25519Identity {
  readonly privateKey: KeyObject;
  /** The raw 32-byte public key: what files are encrypted to. */
  readonly publicKey: Buffer;
  /** `age1…`, as `age -r` takes it. */
  readonly recipient: string;
  /** `AGE-SECRET-KEY-1…`, as an identity file holds it. */
  readonly secret: string;
}

function identityOf(raw: Buffer): AgeX25519Identity {
  const privateKey = x25519PrivateKey(raw);
  const publicKey = rawX25519PublicKey(createPublicKey(privateKey));
  return { privateKey, publicKey, recipient: encode('age', publicKey), secret: encode('age-secret-key-', raw).toUpperCase() };
}

export function generateAgeIdentity(): AgeX25519Identity {
  return identityOf(randomBytes(32));
}

/** The identity in the first `AGE-SECRET-KEY-1…` line of an identity file; undefined when there is none. */
export function parseAgeIdentityFile(text: string): AgeX25519Identity | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith('AGE-SECRET-KEY-1'));
  const raw = line === undefined ? undefined : decode('age-secret-key-', line.trim());
  return raw?.length === 32 ? identityOf(raw) : undefined;
}

/** The text of an identity file, as `age-keygen` writes it. */
export function ageIdentityFileText(identity: AgeX25519Identity, createdAt: Date): string {
  return `# created: ${createdAt.toISOString()}\n# public key: ${identity.recipient}\n${identity.secret}\n`;
}
