import { link, mkdir, stat, unlink, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DraaiboekError, isDraaiboekError } from '../../../shared/errors.js';
import { fsyncDirectory, writeFileDurably, writeTempFileDurably } from '../fs/durable-write.js';
import { readUntrustedJsonFile } from '../safe-json/safe-parse.js';
import { protectedSecretSchema, type SecretProtector } from './key-protection.js';
import {
  generateDeviceKeyPair,
  keyPairFromPrivateKey,
  privateKeyFromPkcs8,
  privateKeyToPkcs8,
  type DeviceKeyPair,
} from './keys.js';
import { keyidMatchesPublicKey, keyidSchema, rawPublicKeyBase64Schema } from './schemas.js';

const MAX_KEY_FILE_BYTES = 64 * 1024;

const deviceKeyFileSchema = z
  .strictObject({
    version: z.literal(1),
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
      throw new DraaiboekError('STORE_ALREADY_INITIALISED', 'this device already has a key', { path: targetPath });
    }
    const exists = await stat(targetPath).then(
      () => true,
      () => false,
    );
    if (exists) {
      await unlink(tempPath).catch(() => undefined);
      throw new DraaiboekError('STORE_ALREADY_INITIALISED', 'this device already has a key', { path: targetPath });
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
  if (exists) throw new DraaiboekError('STORE_ALREADY_INITIALISED', 'this device already has a key', { path });

  const pair = generateDeviceKeyPair();
  const pkcs8 = privateKeyToPkcs8(pair.privateKey);
  // Protect first: if the OS key store says no, nothing is left behind that makes the next start look set up.
  const privateKey = await protector.protect(pkcs8);
  pkcs8.fill(0);
  await mkdir(keysDir, { recursive: true, mode: 0o700 });
  const file: DeviceKeyFile = {
    version: 1,
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

/**
 * Unlocks this device's private key. Checks that it is the pair of the public key on file. When the OS key
 * store asks for the key to be sealed again (its own key was rotated), the key file is rewritten with the
 * new seal; should that fail, the old seal still opens the key, so the unlock stands.
 */
export async function loadDeviceKey(dataDir: string, protector: SecretProtector): Promise<DeviceKeyPair> {
  const file = await readDeviceKeyFile(dataDir);
  const { secret: pkcs8, stale } =
    protector.unprotectAndCheck === undefined
      ? { secret: await protector.unprotect(file.privateKey), stale: false }
      : await protector.unprotectAndCheck(file.privateKey);
  let pair: DeviceKeyPair;
  try {
    pair = keyPairFromPrivateKey(privateKeyFromPkcs8(pkcs8));
    if (pair.keyid !== file.keyid) {
      throw new DraaiboekError('KEY_FILE_INVALID', 'the private key does not belong to the public key on file', { path: deviceKeyPath(dataDir) });
    }
    if (stale) await resealDeviceKey(dataDir, file, await protector.protect(pkcs8)).catch(() => undefined);
  } finally {
    pkcs8.fill(0);
  }
  return pair;
}

/** The same key file with the private key under a fresh seal, replaced atomically. */
async function resealDeviceKey(dataDir: string, file: DeviceKeyFile, privateKey: DeviceKeyFile['privateKey']): Promise<void> {
  await writeFileDurably(deviceKeyPath(dataDir), `${JSON.stringify({ ...file, privateKey }, null, 2)}\n`);
}

export async function readDevicePublicKey(dataDir: string): Promise<DevicePublicKey> {
  return toPublicKey(await readDeviceKeyFile(dataDir));
}
