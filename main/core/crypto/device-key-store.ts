import { link, mkdir, stat, unlink, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { DraaiboekError, isDraaiboekError } from '../../../shared/errors.js';
import { MIN_KEY_PASSPHRASE_LENGTH } from '../../../shared/passphrase-rules.js';
import { fsyncDirectory, writeFileDurably, writeTempFileDurably } from '../fs/durable-write.js';
import { readUntrustedJsonFile } from '../safe-json/safe-parse.js';
import { CURRENT_SEAL_VERSION, isSealOutdated, protectedSecretSchema, type SecretProtector } from './key-protection.js';
import {
  generateDeviceKeyPair,
  keyPairFromPrivateKey,
  privateKeyFromPkcs8,
  privateKeyToPkcs8,
  type DeviceKeyPair,
} from './keys.js';
import { keyidMatchesPublicKey, keyidSchema, rawPublicKeyBase64Schema } from './schemas.js';

const MAX_KEY_FILE_BYTES = 64 * 1024;

/*
 * keys/device.json is the one JSON document of the folder kept outside lowdb, on purpose: a key is created
 * exclusively (placed by link, refused when a key exists, so a second start can never overwrite the only copy
 * of a private key), while lowdb's write replaces whatever is there. Every read goes through the same edge as
 * lowdb's documents (size-capped untrusted JSON, then this schema); every write is durable.
 */

/**
 * Version 1: the private key sealed for version 1 (first key files). Version 2: sealed with the version bound
 * in, and the promise that this folder keeps a protected state record (state.json); a version-1 file is
 * sealed again as version 2 at its next unlock in a folder opened for writing.
 */
const deviceKeyFileSchema = z
  .strictObject({
    version: z.union([z.literal(1), z.literal(2)]),
    keyid: keyidSchema,
    publicKey: rawPublicKeyBase64Schema,
    createdAt: z.iso.datetime({ offset: false }),
    name: z.string().min(1).max(300).optional(),
    privateKey: protectedSecretSchema,
  })
  .refine((file) => keyidMatchesPublicKey(file.keyid, file.publicKey), 'keyid does not match the public key');
export type DeviceKeyFile = z.infer<typeof deviceKeyFileSchema>;

/** The public half of this device's key: enough to verify, no secret needed. */
export interface DevicePublicKey {
  keyid: string;
  publicKey: Buffer;
  createdAt: string;
  name?: string;
}

export function deviceKeyPath(dataDir: string): string {
  return join(dataDir, 'keys', 'device.json');
}

async function readDeviceKeyFile(dataDir: string): Promise<DeviceKeyFile> {
  const path = deviceKeyPath(dataDir);
  let raw: unknown;
  try {
    raw = await readUntrustedJsonFile(path, { maxBytes: MAX_KEY_FILE_BYTES, maxDepth: 4 });
  } catch (error) {
    if (isDraaiboekError(error) && error.code === 'FILE_NOT_FOUND') {
      throw new DraaiboekError('KEY_MISSING', 'this device has no key yet', { path, dataDir });
    }
    if (isDraaiboekError(error) && error.code !== 'IO_ERROR') {
      throw new DraaiboekError('KEY_FILE_INVALID', `the key file is damaged: ${error.message}`, { path, reason: error.code });
    }
    throw error;
  }
  const parsed = deviceKeyFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DraaiboekError('KEY_FILE_INVALID', `the key file is not valid: ${issue?.message ?? ''}`, {
      path,
      reason: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
    });
  }
  return parsed.data;
}

function toPublicKey(file: DeviceKeyFile): DevicePublicKey {
  return {
    keyid: file.keyid,
    publicKey: Buffer.from(file.publicKey, 'base64'),
    createdAt: file.createdAt,
    ...(file.name === undefined ? {} : { name: file.name }),
  };
}

function isExistsError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'EEXIST';
}

/**
 * Puts the finished temp file in place only if no key file exists: a second key silently replacing the first
 * would orphan every signature made with it. A hard link is atomic and refuses to overwrite; file systems
 * without hard links (FAT on a stick holding a portable install) fall back to check-then-rename.
 */
async function placeWithoutOverwriting(tempPath: string, targetPath: string): Promise<void> {
  try {
    await link(tempPath, targetPath);
    await unlink(tempPath);
  } catch (error) {
    if (isExistsError(error)) {
      await unlink(tempPath).catch(() => undefined);
      throw new DraaiboekError('STORE_ALREADY_INITIALISED', 'this device already has a key', { path: targetPath, dataDir: dirname(dirname(targetPath)) });
    }
    const exists = await stat(targetPath).then(
      () => true,
      () => false,
    );
    if (exists) {
      await unlink(tempPath).catch(() => undefined);
      throw new DraaiboekError('STORE_ALREADY_INITIALISED', 'this device already has a key', { path: targetPath, dataDir: dirname(dirname(targetPath)) });
    }
    await rename(tempPath, targetPath);
  }
}

/** Makes this device's key pair and stores it, the private key protected. Never replaces an existing key. */
export async function createDeviceKey(dataDir: string, protector: SecretProtector, name?: string): Promise<DeviceKeyPair> {
  const keysDir = join(dataDir, 'keys');
  const path = deviceKeyPath(dataDir);
  const exists = await stat(path).then(
    () => true,
    () => false,
  );
  if (exists) throw new DraaiboekError('STORE_ALREADY_INITIALISED', 'this device already has a key', { path, dataDir });
  // Only a new key: a key made earlier with a shorter passphrase must still open.
  if (protector.kind === 'passphrase' && (protector.passphraseLength ?? 0) < MIN_KEY_PASSPHRASE_LENGTH) {
    throw new DraaiboekError('PASSPHRASE_TOO_SHORT', 'the key passphrase is too short', { min: MIN_KEY_PASSPHRASE_LENGTH });
  }

  const pair = generateDeviceKeyPair();
  const pkcs8 = privateKeyToPkcs8(pair.privateKey);
  // Protect first: if the OS key store says no, nothing is left behind that makes the next start look set up.
  const privateKey = await protector.protect(pkcs8, CURRENT_SEAL_VERSION);
  pkcs8.fill(0);
  await mkdir(keysDir, { recursive: true, mode: 0o700 });
  const file: DeviceKeyFile = {
    version: CURRENT_SEAL_VERSION,
    keyid: pair.keyid,
    publicKey: pair.publicKey.toString('base64'),
    createdAt: new Date().toISOString(),
    ...(name === undefined ? {} : { name }),
    privateKey,
  };
  // The temp file is created with mode 0600 and the link keeps it.
  const tempPath = await writeTempFileDurably(path, `${JSON.stringify(file, null, 2)}\n`);
  await placeWithoutOverwriting(tempPath, path);
  await fsyncDirectory(keysDir);
  return pair;
}

export interface UnlockedDeviceKey {
  readonly pair: DeviceKeyPair;
  /** The key file's version: 2 promises a protected state record in the folder. */
  readonly version: 1 | 2;
  /** Sealed with an older version or a lighter KDF than today's: seal it again (`resealDeviceKey`). */
  readonly outdated: boolean;
}

/**
 * Unlocks this device's private key and checks that it is the pair of the public key on file: a device.json
 * whose public half was replaced is refused, never taken as this device's own key.
 */
export async function unlockDeviceKey(dataDir: string, protector: SecretProtector): Promise<UnlockedDeviceKey> {
  const file = await readDeviceKeyFile(dataDir);
  const { secret: pkcs8, stale } =
    protector.unprotectAndCheck === undefined
      ? { secret: await protector.unprotect(file.privateKey, file.version), stale: false }
      : await protector.unprotectAndCheck(file.privateKey, file.version);
  let pair: DeviceKeyPair;
  try {
    pair = keyPairFromPrivateKey(privateKeyFromPkcs8(pkcs8));
  } finally {
    pkcs8.fill(0);
  }
  if (pair.keyid !== file.keyid) {
    throw new DraaiboekError('DEVICE_KEY_MISMATCH', 'the private key does not belong to the public key on file', {
      path: deviceKeyPath(dataDir),
    });
  }
  return {
    pair,
    version: file.version,
    // The OS key store asks for a new seal when its own key was rotated: sealed again like an old file.
    outdated: stale || protector.kind !== file.privateKey.kind || isSealOutdated(file.privateKey, file.version, protector.workFactor),
  };
}

/** Unlocks this device's private key (see `unlockDeviceKey`). */
export async function loadDeviceKey(dataDir: string, protector: SecretProtector): Promise<DeviceKeyPair> {
  return (await unlockDeviceKey(dataDir, protector)).pair;
}

/**
 * Seal the unlocked key again with today's version and parameters, in place and durably. Only the seal
 * changes: the key, its id and its creation date stay. The caller holds the folder's lock.
 */
export async function resealDeviceKey(dataDir: string, protector: SecretProtector, pair: DeviceKeyPair): Promise<void> {
  const file = await readDeviceKeyFile(dataDir);
  if (file.keyid !== pair.keyid) {
    throw new DraaiboekError('DEVICE_KEY_MISMATCH', 'the key file changed while it was open', { path: deviceKeyPath(dataDir) });
  }
  const pkcs8 = privateKeyToPkcs8(pair.privateKey);
  let privateKey;
  try {
    privateKey = await protector.protect(pkcs8, CURRENT_SEAL_VERSION);
  } finally {
    pkcs8.fill(0);
  }
  const updated: DeviceKeyFile = { ...file, version: CURRENT_SEAL_VERSION, privateKey };
  await writeFileDurably(deviceKeyPath(dataDir), `${JSON.stringify(updated, null, 2)}\n`);
}

export async function readDevicePublicKey(dataDir: string): Promise<DevicePublicKey> {
  return toPublicKey(await readDeviceKeyFile(dataDir));
}
