import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  hkdfSync,
  randomBytes,
  scrypt,
  timingSafeEqual,
  type KeyObject,
} from 'node:crypto';

/*
 * The age file format (age-encryption.org/v1) with Node's own crypto: the X25519 and scrypt recipients, the
 * header MAC and the 64 KiB ChaCha20-Poly1305 payload stream. The data folder encrypts every file it writes,
 * so the payload must run at OpenSSL's speed, not in JavaScript (the age-encryption library takes about ten
 * times as long for a large plan); any age implementation, the `age` tool included, reads and writes these.
 */

export const AGE_MAGIC = Buffer.from('age-encryption.org/v1\n', 'utf8');
const CHUNK = 64 * 1024;
const TAG = 16;
const FILE_KEY_BYTES = 16;
const ZERO_NONCE = Buffer.alloc(12);
const X25519_LABEL = 'age-encryption.org/v1/X25519';
const SCRYPT_LABEL = Buffer.from('age-encryption.org/v1/scrypt', 'utf8');
const PKCS8_X25519 = Buffer.from('302e020100300506032b656e04220420', 'hex');
const SPKI_X25519 = Buffer.from('302a300506032b656e032100', 'hex');

/** Why an age file could not be opened: the caller turns it into its own error. */
export class AgeError extends Error {
  constructor(
    readonly reason: 'malformed' | 'no-matching-stanza' | 'work-factor' | 'mac' | 'payload',
    message: string,
  ) {
    super(message);
  }
}

export function isAgeBytes(bytes: Uint8Array): boolean {
  return bytes.length >= AGE_MAGIC.length && Buffer.from(bytes.buffer, bytes.byteOffset, AGE_MAGIC.length).equals(AGE_MAGIC);
}

export function x25519PrivateKey(raw: Uint8Array): KeyObject {
  return createPrivateKey({ key: Buffer.concat([PKCS8_X25519, raw]), format: 'der', type: 'pkcs8' });
}

export function x25519PublicKey(raw: Uint8Array): KeyObject {
  return createPublicKey({ key: Buffer.concat([SPKI_X25519, raw]), format: 'der', type: 'spki' });
}

export function rawX25519PublicKey(key: KeyObject): Buffer {
  return key.export({ format: 'der', type: 'spki' }).subarray(SPKI_X25519.length);
}

function b64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64').replace(/=+$/, '');
}

function unb64(text: string): Buffer {
  if (!/^[A-Za-z0-9+/]*$/.test(text)) throw new AgeError('malformed', 'not base64');
  const bytes = Buffer.from(text, 'base64');
  if (b64(bytes) !== text) throw new AgeError('malformed', 'not canonical base64');
  return bytes;
}

function hkdf(ikm: Uint8Array, salt: Uint8Array, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', ikm, salt, info, 32));
}

function aead(key: Uint8Array, nonce: Uint8Array, plain: Uint8Array): Buffer {
  const cipher = createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG });
  return Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
}

function unaead(key: Uint8Array, nonce: Uint8Array, sealed: Uint8Array): Buffer | undefined {
  if (sealed.length < TAG) return undefined;
  const decipher = createDecipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG });
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG)), decipher.final()]);
  } catch {
    return undefined;
  }
}

interface Stanza {
  readonly args: readonly string[];
  readonly body: Buffer;
}

function stanzaText({ args, body }: Stanza): string {
  const encoded = b64(body);
  const lines: string[] = [];
  // The last body line is always shorter than 64 characters, empty if need be: that is how it ends.
  for (let at = 0; at <= encoded.length; at += 64) lines.push(encoded.slice(at, at + 64));
  return `-> ${args.join(' ')}\n${lines.join('\n')}\n`;
}

/** The header with its MAC and the payload nonce, and a sealer of the payload's chunks. */
function startFile(fileKey: Buffer, stanzas: readonly Stanza[]): { prefix: Buffer; sealChunk: (plaintext: Uint8Array, index: number, chunkCount: number) => Buffer } {
  const headerNoMac = `${AGE_MAGIC.toString('utf8')}${stanzas.map(stanzaText).join('')}---`;
  const mac = createHmac('sha256', hkdf(fileKey, Buffer.alloc(0), 'header')).update(headerNoMac, 'utf8').digest();
  const streamNonce = randomBytes(16);
  const payloadKey = hkdf(fileKey, streamNonce, 'payload');
  return {
    prefix: Buffer.concat([Buffer.from(`${headerNoMac} ${b64(mac)}\n`, 'utf8'), streamNonce]),
    sealChunk(plaintext, index, chunkCount) {
      const nonce = Buffer.alloc(12);
      nonce.writeUIntBE(index, 5, 6);
      nonce[11] = index === chunkCount - 1 ? 1 : 0;
      return aead(payloadKey, nonce, plaintext.subarray(index * CHUNK, (index + 1) * CHUNK));
    },
  };
}

function seal(fileKey: Buffer, stanzas: readonly Stanza[], plaintext: Uint8Array): Buffer {
  const { prefix, sealChunk } = startFile(fileKey, stanzas);
  const chunkCount = Math.max(1, Math.ceil(plaintext.length / CHUNK));
  const parts: Buffer[] = [prefix];
  for (let index = 0; index < chunkCount; index += 1) parts.push(sealChunk(plaintext, index, chunkCount));
  return Buffer.concat(parts);
}

/** An age file whose first bytes of plaintext are not known yet: all but its start is sealed already. */
export interface LateHeadSeal {
  /** The file from `restOffset` on: every chunk but the first. */
  readonly rest: Buffer;
  readonly restOffset: number;
  /** The file's start (header, nonce, first chunk), once the first `headLength` bytes of plaintext are known. */
  finish(head: Uint8Array): Buffer;
}

function x25519Stanza(fileKey: Buffer, recipient: Uint8Array): Stanza {
  const ephemeralKey = x25519PrivateKey(randomBytes(32));
  const share = rawX25519PublicKey(createPublicKey(ephemeralKey));
  const shared = diffieHellman({ privateKey: ephemeralKey, publicKey: x25519PublicKey(recipient) });
  const wrapKey = hkdf(shared, Buffer.concat([share, recipient]), X25519_LABEL);
  return { args: ['X25519', b64(share)], body: aead(wrapKey, ZERO_NONCE, fileKey) };
}

/**
 * Encrypt to an X25519 recipient while the first `headLength` bytes of `plaintext` (at most one chunk) are
 * still being made, such as a signature: the rest is sealed (and can be written) meanwhile.
 */
export function encryptToX25519LateHead(plaintext: Buffer, headLength: number, recipient: Uint8Array): LateHeadSeal {
  if (headLength > CHUNK) throw new Error('the late head must fit in the first chunk');
  const fileKey = randomBytes(FILE_KEY_BYTES);
  const { prefix, sealChunk } = startFile(fileKey, [x25519Stanza(fileKey, recipient)]);
  const chunkCount = Math.max(1, Math.ceil(plaintext.length / CHUNK));
  const rest: Buffer[] = [];
  for (let index = 1; index < chunkCount; index += 1) rest.push(sealChunk(plaintext, index, chunkCount));
  const firstChunkBytes = Math.min(plaintext.length, CHUNK) + TAG;
  return {
    rest: Buffer.concat(rest),
    restOffset: prefix.length + firstChunkBytes,
    finish(head) {
      if (head.length !== headLength) throw new Error('the late head changed length');
      plaintext.set(head, 0);
      return Buffer.concat([prefix, sealChunk(plaintext, 0, chunkCount)]);
    },
  };
}

interface ParsedHeader {
  readonly stanzas: readonly Stanza[];
  /** The header up to and with `---`: the bytes the MAC covers. */
  readonly macInput: Buffer;
  readonly mac: Buffer;
  readonly payloadStart: number;
}

function parseHeader(bytes: Buffer): ParsedHeader {
  if (!isAgeBytes(bytes)) throw new AgeError('malformed', 'not an age file');
  let at = AGE_MAGIC.length;
  const line = (): string => {
    const end = bytes.indexOf(0x0a, at);
    if (end < 0 || end - at > 1024) throw new AgeError('malformed', 'header line');
    const text = bytes.subarray(at, end).toString('latin1');
    at = end + 1;
    return text;
  };
  const stanzas: Stanza[] = [];
  for (;;) {
    const start = at;
    const text = line();
    if (text.startsWith('--- ')) {
      return { stanzas, macInput: bytes.subarray(0, start + 3), mac: unb64(text.slice(4)), payloadStart: at };
    }
    if (!text.startsWith('-> ') || stanzas.length >= 16) throw new AgeError('malformed', 'stanza');
    const args = text.slice(3).split(' ');
    if (args.some((arg) => arg === '')) throw new AgeError('malformed', 'stanza arguments');
    const bodyLines: string[] = [];
    for (;;) {
      const bodyLine = line();
      if (bodyLine.length > 64) throw new AgeError('malformed', 'stanza body');
      bodyLines.push(bodyLine);
      if (bodyLine.length < 64) break;
    }
    stanzas.push({ args, body: unb64(bodyLines.join('')) });
  }
}

function open(bytes: Buffer, header: ParsedHeader, fileKey: Buffer): Buffer {
  const mac = createHmac('sha256', hkdf(fileKey, Buffer.alloc(0), 'header')).update(header.macInput).digest();
  if (header.mac.length !== mac.length || !timingSafeEqual(header.mac, mac)) throw new AgeError('mac', 'header MAC');
  const streamNonce = bytes.subarray(header.payloadStart, header.payloadStart + 16);
  if (streamNonce.length !== 16) throw new AgeError('payload', 'no payload nonce');
  const payloadKey = hkdf(fileKey, streamNonce, 'payload');
  const body = bytes.subarray(header.payloadStart + 16);
  const sealedChunk = CHUNK + TAG;
  const chunkCount = Math.max(1, Math.ceil(body.length / sealedChunk));
  const nonce = Buffer.alloc(12);
  const parts: Buffer[] = [];
  for (let index = 0; index < chunkCount; index += 1) {
    const last = index === chunkCount - 1;
    nonce.writeUIntBE(index, 5, 6);
    nonce[11] = last ? 1 : 0;
    const chunk = unaead(payloadKey, nonce, body.subarray(index * sealedChunk, (index + 1) * sealedChunk));
    // An empty last chunk is allowed only for an empty file: anything else is a truncation or an extension.
    if (chunk === undefined || (last && chunk.length === 0 && index > 0)) throw new AgeError('payload', `chunk ${index}`);
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

/** Encrypt to one X25519 recipient (the raw 32-byte public key), as `age -r age1…` does. */
export function encryptToX25519(plaintext: Uint8Array, recipient: Uint8Array): Buffer {
  const fileKey = randomBytes(FILE_KEY_BYTES);
  return seal(fileKey, [x25519Stanza(fileKey, recipient)], plaintext);
}

/** Decrypt with an X25519 identity (its private key and raw public key), as `age -d -i key` does. */
export function decryptWithX25519(bytes: Uint8Array, privateKey: KeyObject, publicKey: Uint8Array): Buffer {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = parseHeader(buffer);
  for (const stanza of header.stanzas) {
    if (stanza.args[0] !== 'X25519') continue;
    if (stanza.args.length !== 2 || stanza.body.length !== FILE_KEY_BYTES + TAG) throw new AgeError('malformed', 'X25519 stanza');
    const share = unb64(stanza.args[1] ?? '');
    if (share.length !== 32) throw new AgeError('malformed', 'X25519 share');
    let shared: Buffer;
    try {
      shared = diffieHellman({ privateKey, publicKey: x25519PublicKey(share) });
    } catch {
      throw new AgeError('malformed', 'X25519 share');
    }
    if (shared.every((byte) => byte === 0)) throw new AgeError('malformed', 'X25519 low-order share');
    const fileKey = unaead(hkdf(shared, Buffer.concat([share, publicKey]), X25519_LABEL), ZERO_NONCE, stanza.body);
    if (fileKey !== undefined) return open(buffer, header, fileKey);
  }
  throw new AgeError('no-matching-stanza', 'no stanza for this identity');
}

function scryptKey(passphrase: string, salt: Buffer, logN: number): Promise<Buffer> {
  const N = 2 ** logN;
  return new Promise((resolve, reject) => {
    // On Node's thread pool: the app stays responsive while the key is derived.
    scrypt(Buffer.from(passphrase, 'utf8'), Buffer.concat([SCRYPT_LABEL, salt]), 32, { N, r: 8, p: 1, maxmem: 128 * 8 * N + 16 * 1024 * 1024 }, (error, key) =>
      error === null ? resolve(key) : reject(error),
    );
  });
}

/** Encrypt under a passphrase (the scrypt recipient), as `age -p` does. */
export async function encryptWithScrypt(plaintext: Uint8Array, passphrase: string, logN: number): Promise<Buffer> {
  const fileKey = randomBytes(FILE_KEY_BYTES);
  const salt = randomBytes(16);
  const stanza = { args: ['scrypt', b64(salt), String(logN)], body: aead(await scryptKey(passphrase, salt, logN), ZERO_NONCE, fileKey) };
  return seal(fileKey, [stanza], plaintext);
}

/** Decrypt a passphrase-encrypted age file; undefined for a wrong passphrase. */
export async function decryptWithScrypt(bytes: Uint8Array, passphrase: string, maxLogN: number): Promise<Buffer | undefined> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = parseHeader(buffer);
  const [stanza] = header.stanzas;
  if (stanza === undefined || header.stanzas.length !== 1 || stanza.args[0] !== 'scrypt') throw new AgeError('no-matching-stanza', 'not a passphrase file');
  const [, saltText, logNText] = stanza.args;
  const salt = unb64(saltText ?? '');
  if (stanza.args.length !== 3 || salt.length !== 16 || !/^[1-9]\d?$/.test(logNText ?? '') || stanza.body.length !== FILE_KEY_BYTES + TAG) {
    throw new AgeError('malformed', 'scrypt stanza');
  }
  // Refused before any key is derived: each step up doubles the memory, wrong passphrase or not.
  if (Number(logNText) > maxLogN) throw new AgeError('work-factor', `work factor ${logNText}`);
  const fileKey = unaead(await scryptKey(passphrase, salt, Number(logNText)), ZERO_NONCE, stanza.body);
  return fileKey === undefined ? undefined : open(buffer, header, fileKey);
}
