import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import type * as AgeModule from 'age-encryption';
import type { Identity, Recipient, Stanza } from 'age-encryption';
import { DraaiboekError, isDraaiboekError } from '../../../shared/errors.js';

/*
 * age passphrase encryption (the "scrypt" recipient of age-encryption.org/v1). The file format, header MAC and
 * payload stream come from the age-encryption library; only the scrypt stanza is done here, with Node's own
 * scrypt, because the library's scrypt runs in JavaScript on the calling thread (a second or more of a frozen
 * main process per bundle), never reports the file key (so reading an export back would cost a second scrypt),
 * and decides the work factor cap itself. Any age implementation, the `age` command-line tool included, reads
 * and writes the same stanza.
 */

const SCRYPT_LABEL = Buffer.from('age-encryption.org/v1/scrypt', 'utf8');
const ZERO_NONCE = Buffer.alloc(12);
const FILE_KEY_BYTES = 16;
const SALT_BYTES = 16;

type AgeLibrary = typeof AgeModule;
let loaded: Promise<AgeLibrary> | undefined;
/** age-encryption loads with the first bundle encrypted or decrypted, not at every start of main. */
function ageLibrary(): Promise<AgeLibrary> {
  loaded ??= import('age-encryption');
  return loaded;
}

/** What Draaiboek writes: the work factor the `age` tool uses too (2^18, about 256 MiB of memory). */
export const BUNDLE_WORK_FACTOR = 18;
/**
 * The most a bundle may demand before anything is derived: what Draaiboek and `age` write, 256 MiB. Each step
 * up doubles the memory, wrong passphrase or not (20 would be 1 GiB), so a header asking more is refused on sight.
 */
export const MAX_WORK_FACTOR = 18;

export const AGE_MAGIC = Buffer.from('age-encryption.org/v1\n', 'utf8');
const ARMOR_MAGIC = Buffer.from('-----BEGIN AGE ENCRYPTED FILE-----', 'utf8');

function base64NoPad(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64').replace(/=+$/, '');
}

/** Strict unpadded base64, as age writes it: one spelling per value. */
function decodeBase64NoPad(text: string): Buffer | undefined {
  if (!/^[A-Za-z0-9+/]*$/.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64');
  return base64NoPad(bytes) === text ? bytes : undefined;
}

function deriveWrappingKey(passphrase: string, salt: Uint8Array, workFactor: number): Promise<Buffer> {
  const n = 2 ** workFactor;
  return new Promise((resolve, reject) => {
    // Runs on Node's thread pool: the app stays responsive while the key is derived.
    scrypt(
      Buffer.from(passphrase, 'utf8'),
      Buffer.concat([SCRYPT_LABEL, salt]),
      32,
      { N: n, r: 8, p: 1, maxmem: 128 * 8 * n + 16 * 1024 * 1024 },
      (error, key) => (error === null ? resolve(key) : reject(error)),
    );
  });
}

function sealFileKey(fileKey: Uint8Array, wrappingKey: Buffer): Buffer {
  const cipher = createCipheriv('chacha20-poly1305', wrappingKey, ZERO_NONCE, { authTagLength: 16 });
  return Buffer.concat([cipher.update(fileKey), cipher.final(), cipher.getAuthTag()]);
}

function openFileKey(body: Uint8Array, wrappingKey: Buffer): Buffer | undefined {
  const decipher = createDecipheriv('chacha20-poly1305', wrappingKey, ZERO_NONCE, { authTagLength: 16 });
  decipher.setAuthTag(body.subarray(FILE_KEY_BYTES));
  try {
    return Buffer.concat([decipher.update(body.subarray(0, FILE_KEY_BYTES)), decipher.final()]);
  } catch {
    return undefined;
  }
}

/** A passphrase recipient that also hands back the file key, so the writer can read its own file back. */
class PassphraseRecipient implements Recipient {
  fileKey: Uint8Array | undefined;

  constructor(
    private readonly passphrase: string,
    private readonly workFactor: number,
  ) {}

  async wrapFileKey(fileKey: Uint8Array): Promise<Stanza[]> {
    this.fileKey = Uint8Array.from(fileKey);
    const salt = randomBytes(SALT_BYTES);
    const wrappingKey = await deriveWrappingKey(this.passphrase, salt, this.workFactor);
    const { Stanza: StanzaOf } = await ageLibrary();
    return [new StanzaOf(['scrypt', base64NoPad(salt), String(this.workFactor)], sealFileKey(fileKey, wrappingKey))];
  }
}

type UnwrapOutcome = 'not-tried' | 'no-passphrase-stanza' | 'wrong-passphrase';

/** Opens the scrypt stanza, refusing anything odd before spending a cycle on key derivation. */
class PassphraseIdentity implements Identity {
  outcome: UnwrapOutcome = 'not-tried';

  constructor(private readonly passphrase: string) {}

  async unwrapFileKey(stanzas: Stanza[]): Promise<Uint8Array | null> {
    const stanza = stanzas.find((candidate) => candidate.args[0] === 'scrypt');
    if (stanza === undefined) {
      this.outcome = 'no-passphrase-stanza';
      return null;
    }
    if (stanzas.length !== 1) {
      throw new DraaiboekError('BUNDLE_ENCRYPTION_UNSUPPORTED', 'a passphrase stanza must stand alone');
    }
    const [, saltText, workFactorText] = stanza.args;
    const salt = saltText === undefined ? undefined : decodeBase64NoPad(saltText);
    if (stanza.args.length !== 3 || salt?.length !== SALT_BYTES || !/^[1-9]\d{0,2}$/.test(workFactorText ?? '')) {
      throw new DraaiboekError('BUNDLE_DAMAGED', 'malformed scrypt stanza', { detail: 'scrypt stanza' });
    }
    const workFactor = Number(workFactorText);
    if (workFactor > MAX_WORK_FACTOR) {
      throw new DraaiboekError('BUNDLE_WORK_FACTOR_TOO_HIGH', `scrypt work factor ${workFactor}`, {
        found: workFactor,
        max: MAX_WORK_FACTOR,
      });
    }
    if (stanza.body.length !== FILE_KEY_BYTES + 16) {
      throw new DraaiboekError('BUNDLE_DAMAGED', 'malformed scrypt stanza body', { detail: 'scrypt stanza' });
    }
    const fileKey = openFileKey(stanza.body, await deriveWrappingKey(this.passphrase, salt, workFactor));
    if (fileKey === undefined) this.outcome = 'wrong-passphrase';
    return fileKey ?? null;
  }
}

export interface EncryptedBytes {
  readonly ciphertext: Uint8Array;
  /** The file key, kept only to read the written file back without deriving the key again. */
  readonly fileKey: Uint8Array;
}

export async function encryptWithPassphrase(
  plaintext: Uint8Array,
  passphrase: string,
  workFactor = BUNDLE_WORK_FACTOR,
): Promise<EncryptedBytes> {
  if (passphrase === '') throw new DraaiboekError('BUNDLE_PASSPHRASE_REQUIRED', 'empty passphrase');
  const recipient = new PassphraseRecipient(passphrase, workFactor);
  const { Encrypter } = await ageLibrary();
  const encrypter = new Encrypter();
  encrypter.addRecipient(recipient);
  const ciphertext = await encrypter.encrypt(plaintext);
  if (recipient.fileKey === undefined) throw new DraaiboekError('INTERNAL', 'no file key', { detail: 'age' });
  return { ciphertext, fileKey: recipient.fileKey };
}

/** Whether bytes are an age file, binary or armored (the `age -a` text form). */
export function isAgeFile(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, ARMOR_MAGIC.length));
  return head.subarray(0, AGE_MAGIC.length).equals(AGE_MAGIC) || head.equals(ARMOR_MAGIC);
}

function dearmor(bytes: Uint8Array, armor: AgeLibrary['armor']): Uint8Array {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, ARMOR_MAGIC.length));
  if (!head.equals(ARMOR_MAGIC)) return bytes;
  try {
    return armor.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'));
  } catch (error) {
    throw new DraaiboekError('BUNDLE_DAMAGED', 'bad armor', { detail: (error as Error).message });
  }
}

async function decryptWith(ciphertext: Uint8Array, identity: Identity): Promise<Uint8Array> {
  const { Decrypter, armor } = await ageLibrary();
  const decrypter = new Decrypter();
  decrypter.addIdentity(identity);
  return decrypter.decrypt(dearmor(ciphertext, armor));
}

/** Decrypt an age file with a passphrase; every failure is a DraaiboekError of its own kind. */
export async function decryptWithPassphrase(ciphertext: Uint8Array, passphrase: string): Promise<Uint8Array> {
  const identity = new PassphraseIdentity(passphrase);
  try {
    return await decryptWith(ciphertext, identity);
  } catch (error) {
    if (isDraaiboekError(error)) throw error;
    if (identity.outcome === 'wrong-passphrase') {
      throw new DraaiboekError('BUNDLE_PASSPHRASE_WRONG', 'wrong passphrase');
    }
    if (identity.outcome === 'no-passphrase-stanza') {
      throw new DraaiboekError('BUNDLE_ENCRYPTION_UNSUPPORTED', 'no passphrase stanza');
    }
    throw new DraaiboekError('BUNDLE_DAMAGED', 'age decryption failed', { detail: (error as Error).message });
  }
}

/** Decrypt a file this process just encrypted, with the file key it kept: checks every byte, no scrypt. */
export async function decryptWithFileKey(ciphertext: Uint8Array, fileKey: Uint8Array): Promise<Uint8Array> {
  try {
    return await decryptWith(ciphertext, { unwrapFileKey: () => fileKey });
  } catch (error) {
    throw new DraaiboekError('BUNDLE_DAMAGED', 'age decryption failed', { detail: (error as Error).message });
  }
}
