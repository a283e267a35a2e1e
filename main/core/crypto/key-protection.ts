import { createCipheriv, createDecipheriv, randomBytes, scrypt, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';
import { DraaiboekError } from '../../../shared/errors.js';
import { passphraseLength } from '../../../shared/passphrase-rules.js';
import { decryptWithScrypt, encryptWithScrypt } from './age-file.js';
import { base64OfBytes, base64Schema } from './schemas.js';

/** A secret as it is kept on disk: never in plain text. */
export const protectedSecretSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('passphrase'),
    kdf: z.literal('scrypt'),
    // Bounded so that a tampered key file cannot make unlocking take gigabytes of memory.
    N: z.number().int().min(2 ** 14).max(2 ** 20).refine((value) => (value & (value - 1)) === 0, 'N must be a power of two'),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(4),
    salt: base64OfBytes(16, 'salt'),
    iv: base64OfBytes(12, 'iv'),
    tag: base64OfBytes(16, 'tag'),
    ciphertext: base64Schema('ciphertext', 4096),
  }),
  z.strictObject({
    kind: z.literal('os-keystore'),
    ciphertext: base64Schema('ciphertext', 65_536),
  }),
]);
export type ProtectedSecret = z.infer<typeof protectedSecretSchema>;
export type ProtectionKind = ProtectedSecret['kind'];

/**
 * The key-file version a secret was sealed for. Version 2 binds the version into the sealed secret itself
 * (the GCM associated data; a prefix inside what the OS key store seals), so a version-2 key file cannot be
 * passed off as version 1 by editing its `version` field: what version 2 promises (a protected state record
 * exists) cannot be switched off from outside.
 */
export type SealVersion = 1 | 2;
export const CURRENT_SEAL_VERSION: SealVersion = 2;

/** Turns a secret into something safe to store, and back. */
export interface SecretProtector {
  readonly kind: ProtectionKind;
  /** For a passphrase protector: the passphrase's length in characters, so a new key can insist on a long one. */
  readonly passphraseLength?: number;
  /** For a passphrase protector: the scrypt work factor of a new seal; a stored seal below it is outdated. */
  readonly workFactor?: number;
  protect(secret: Uint8Array, version?: SealVersion): Promise<ProtectedSecret>;
  unprotect(protectedSecret: ProtectedSecret, version?: SealVersion): Promise<Buffer>;
  /**
   * Like `unprotect`, and says whether the stored form is stale: the OS key store rotated its key or has a
   * better one, so the secret should be protected anew and stored again. Absent where that cannot happen.
   */
  unprotectAndCheck?(protectedSecret: ProtectedSecret, version?: SealVersion): Promise<{ secret: Buffer; stale: boolean }>;
  /**
   * For a passphrase protector: seal bytes as a passphrase age file (scrypt), which the `age` tool opens with
   * the same passphrase; and open one (undefined for a wrong passphrase).
   */
  sealAsAgeFile?(secret: Uint8Array): Promise<Buffer>;
  openAgeFile?(file: Uint8Array): Promise<Buffer | undefined>;
}

/**
 * scrypt work factor for a new seal: 2^17, above the 2^15 of the first key files and close to the 2^18 of
 * the bundles, while one unlock stays well under a second and 128 MiB. Older files still open.
 */
export const SCRYPT_N = 2 ** 17;
const SCRYPT_R = 8;
const SCRYPT_P = 1;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Binds the ciphertext to its use and version: a blob made for anything else does not decrypt as a device key. */
function associatedData(version: SealVersion): Buffer {
  return Buffer.from(`draaiboek device key v${version}`, 'utf8');
}

/** Whether a stored secret should be sealed again with today's parameters at the next unlock. */
export function isSealOutdated(stored: ProtectedSecret, version: SealVersion, workFactor = SCRYPT_N): boolean {
  return version < CURRENT_SEAL_VERSION || (stored.kind === 'passphrase' && stored.N < workFactor);
}

function deriveKey(passphrase: string, salt: Buffer, N: number, r: number, p: number): Promise<Buffer> {
  // scrypt needs 128 * N * r bytes (and p times that across lanes); Node's default cap of 32 MiB is too small
  // for N >= 2^15, r = 8.
  const options: ScryptOptions = { N, r, p, maxmem: 2 * 128 * N * r * p + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

function checkStoredSecret<K extends ProtectionKind>(stored: ProtectedSecret, expected: K): Extract<ProtectedSecret, { kind: K }> {
  const parsed = protectedSecretSchema.safeParse(stored);
  if (!parsed.success) throw new DraaiboekError('KEY_FILE_INVALID', 'the protected key is malformed', { reason: parsed.error.issues[0]?.message ?? '' });
  const actual = parsed.data.kind;
  if (actual !== expected) {
    // The user can act on a key that needs a passphrase; a key sealed by another OS key store needs that store.
    throw actual === 'passphrase'
      ? new DraaiboekError('KEY_PASSPHRASE_REQUIRED', 'this key is protected by a passphrase, not by the OS key store', { stored: actual, protector: expected })
      : new DraaiboekError('USAGE', 'this key is protected by the OS key store and cannot be opened with a passphrase', { stored: actual, protector: expected, detail: 'os-keystore' });
  }
  return parsed.data as Extract<ProtectedSecret, { kind: K }>;
}

/**
 * scrypt (N = 2^17, r = 8, p = 1) derives an AES-256-GCM key from the passphrase; a fresh salt and iv each time.
 * The app and the CLI always seal at `SCRYPT_N`; only the test suite passes a lower work factor, so that its
 * hundreds of throwaway folders do not spend the run in scrypt (opening reads N from the stored seal).
 */
export function createPassphraseProtector(passphrase: string, workFactor = SCRYPT_N): SecretProtector {
  if (passphrase.length === 0) throw new DraaiboekError('KEY_PASSPHRASE_REQUIRED', 'a passphrase is needed to protect the key', {});
  return {
    kind: 'passphrase',
    passphraseLength: passphraseLength(passphrase),
    workFactor,
    async protect(secret, version = CURRENT_SEAL_VERSION) {
      const salt = randomBytes(SALT_BYTES);
      const iv = randomBytes(IV_BYTES);
      const key = await deriveKey(passphrase, salt, workFactor, SCRYPT_R, SCRYPT_P);
      const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(associatedData(version));
      const ciphertext = Buffer.concat([cipher.update(secret), cipher.final()]);
      key.fill(0);
      return {
        kind: 'passphrase',
        kdf: 'scrypt',
        N: workFactor,
        r: SCRYPT_R,
        p: SCRYPT_P,
        salt: salt.toString('base64'),
        iv: iv.toString('base64'),
        tag: cipher.getAuthTag().toString('base64'),
        ciphertext: ciphertext.toString('base64'),
      };
    },
    sealAsAgeFile: (secret) => encryptWithScrypt(secret, passphrase.normalize('NFC'), Math.log2(SCRYPT_N)),
    // A file sealed at today's work factor or one step above (what `age -p` writes) opens; more is refused unread.
    openAgeFile: (file) => decryptWithScrypt(file, passphrase.normalize('NFC'), Math.log2(SCRYPT_N) + 1),
    async unprotect(stored, version = CURRENT_SEAL_VERSION) {
      const secret = checkStoredSecret(stored, 'passphrase');
      const key = await deriveKey(passphrase, Buffer.from(secret.salt, 'base64'), secret.N, secret.r, secret.p);
      // The tag length is fixed here: otherwise GCM would accept a file whose tag was cut to a few bytes.
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(secret.iv, 'base64'), { authTagLength: TAG_BYTES });
      decipher.setAAD(associatedData(version));
      decipher.setAuthTag(Buffer.from(secret.tag, 'base64'));
      try {
        return Buffer.concat([decipher.update(Buffer.from(secret.ciphertext, 'base64')), decipher.final()]);
      } catch {
        // GCM cannot tell a wrong passphrase from a tampered file; the wrong passphrase is by far the likelier.
        throw new DraaiboekError('KEY_PASSPHRASE_WRONG', 'the passphrase is wrong', {});
      } finally {
        key.fill(0);
      }
    },
  };
}

/** The OS key store seals bytes without associated data, so the version goes inside what it seals. */
function osKeystorePrefix(version: SealVersion): Buffer {
  return Buffer.concat([associatedData(version), Buffer.from([0])]);
}

export type SealFunction = (plain: Buffer) => Buffer | Promise<Buffer>;
/** What an OS key store gives back: the secret, and whether it asks for it to be sealed again. */
export interface Unsealed {
  readonly plain: Buffer;
  readonly reseal: boolean;
}
export type UnsealFunction = (sealed: Buffer) => Buffer | Unsealed | Promise<Buffer | Unsealed>;

/**
 * The OS key store (Electron's safeStorage: DPAPI, Keychain, libsecret) as a protector. The shell passes the
 * two functions; this side never needs to know which key store did the work.
 */
export function createOsKeystoreProtector(seal: SealFunction, unseal: UnsealFunction): SecretProtector {
  return {
    kind: 'os-keystore',
    async protect(secret, version = CURRENT_SEAL_VERSION) {
      const plain = version === 1 ? Buffer.from(secret) : Buffer.concat([osKeystorePrefix(version), secret]);
      const sealed = await seal(plain);
      plain.fill(0);
      return { kind: 'os-keystore', ciphertext: Buffer.from(sealed).toString('base64') };
    },
    async unprotect(stored, version = CURRENT_SEAL_VERSION) {
      return (await unsealStored(stored, version)).secret;
    },
    unprotectAndCheck: (stored, version) => unsealStored(stored, version),
  };

  async function unsealStored(stored: ProtectedSecret, version: SealVersion = CURRENT_SEAL_VERSION): Promise<{ secret: Buffer; stale: boolean }> {
    const secret = checkStoredSecret(stored, 'os-keystore');
    let unsealed: Buffer | Unsealed;
    try {
      unsealed = await unseal(Buffer.from(secret.ciphertext, 'base64'));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new DraaiboekError('KEY_FILE_INVALID', `the OS key store could not open this key: ${reason}`, { reason });
    }
    const plain = Buffer.isBuffer(unsealed) ? unsealed : Buffer.from(unsealed.plain);
    const stale = !Buffer.isBuffer(unsealed) && unsealed.reseal;
    if (version === 1) return { secret: plain, stale };
    const prefix = osKeystorePrefix(version);
    if (plain.length <= prefix.length || !plain.subarray(0, prefix.length).equals(prefix)) {
      plain.fill(0);
      throw new DraaiboekError('KEY_FILE_INVALID', 'the sealed key was not made for this key-file version', { reason: 'version' });
    }
    const key = Buffer.from(plain.subarray(prefix.length));
    plain.fill(0);
    return { secret: key, stale };
  }

}
