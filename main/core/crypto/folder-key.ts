import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DraaiboekError, isDraaiboekError } from '../../../shared/errors.js';
import { fsyncDirectory, writeFileDurably } from '../fs/durable-write.js';
import { readUntrustedJsonFile } from '../safe-json/safe-parse.js';
import { AgeError } from './age-file.js';
import { ageIdentityFileText, generateAgeIdentity, parseAgeIdentityFile, type AgeX25519Identity } from './age-identity.js';
import { protectedSecretSchema, type SecretProtector } from './key-protection.js';

/*
 * The folder key: an age X25519 identity that every file with plan or crisis content is encrypted to when the
 * folder is encrypted at rest. It is sealed by what seals the device key, so one unlock opens both. Under a
 * passphrase it is a passphrase-encrypted age identity file (`keys/folder-key.age`), which the `age` tool takes
 * as `age -d -i keys/folder-key.age FILE` and asks the passphrase for: the way into a file without Draaiboek.
 * Under the OS key store it is sealed like the device key (`keys/folder-key.json`).
 */

const MAX_FOLDER_KEY_BYTES = 64 * 1024;
/** Binds an OS-key-store seal to its use: a sealed device key does not open as a folder key. */
const SEAL_PREFIX = Buffer.from('draaiboek folder key v1\u0000', 'utf8');

const sealedFolderKeySchema = z.strictObject({
  version: z.literal(1),
  recipient: z.string().regex(/^age1[0-9a-z]{58}$/),
  privateKey: protectedSecretSchema,
});

export function folderKeyPaths(dataDir: string): { readonly ageFile: string; readonly sealedFile: string } {
  return { ageFile: join(dataDir, 'keys', 'folder-key.age'), sealedFile: join(dataDir, 'keys', 'folder-key.json') };
}

function invalid(path: string, reason: string): DraaiboekError {
  return new DraaiboekError('KEY_FILE_INVALID', `the folder key is damaged: ${reason}`, { path, reason });
}

/** Make a new folder key and store it sealed, durably. The keys folder exists (the device key is in it). */
export async function createFolderKey(dataDir: string, protector: SecretProtector, now: Date): Promise<AgeX25519Identity> {
  const identity = generateAgeIdentity();
  const text = Buffer.from(ageIdentityFileText(identity, now), 'utf8');
  const paths = folderKeyPaths(dataDir);
  if (protector.sealAsAgeFile !== undefined) {
    await writeFileDurably(paths.ageFile, await protector.sealAsAgeFile(text));
  } else {
    const privateKey = await protector.protect(Buffer.concat([SEAL_PREFIX, text]));
    await writeFileDurably(paths.sealedFile, `${JSON.stringify({ version: 1, recipient: identity.recipient, privateKey }, null, 2)}\n`);
  }
  text.fill(0);
  return identity;
}

async function readOptional(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new DraaiboekError('IO_ERROR', `cannot read ${path}`, { path, detail: (error as Error).message });
  }
}

async function openSealed(path: string, protector: SecretProtector): Promise<Buffer | undefined> {
  let raw: unknown;
  try {
    raw = await readUntrustedJsonFile(path, { maxBytes: MAX_FOLDER_KEY_BYTES, maxDepth: 4 });
  } catch (error) {
    if (isDraaiboekError(error) && error.code === 'FILE_NOT_FOUND') return undefined;
    throw isDraaiboekError(error) && error.code !== 'IO_ERROR' ? invalid(path, error.code) : error;
  }
  const file = sealedFolderKeySchema.safeParse(raw);
  if (!file.success) throw invalid(path, file.error.issues[0]?.message ?? 'format');
  const plain = await protector.unprotect(file.data.privateKey);
  if (!plain.subarray(0, SEAL_PREFIX.length).equals(SEAL_PREFIX)) throw invalid(path, 'not a folder key');
  return plain.subarray(SEAL_PREFIX.length);
}

/**
 * Unseal the folder key; it must be the one the protected state record names (`recipient`), so a key file
 * swapped for another cannot make this device encrypt to someone else. Missing: FOLDER_KEY_MISSING.
 */
export async function unlockFolderKey(dataDir: string, protector: SecretProtector, recipient: string): Promise<AgeX25519Identity> {
  const paths = folderKeyPaths(dataDir);
  let text: Buffer | undefined;
  let path = paths.ageFile;
  if (protector.openAgeFile !== undefined) {
    const file = await readOptional(paths.ageFile);
    if (file !== undefined) {
      if (file.length > MAX_FOLDER_KEY_BYTES) throw invalid(path, 'size');
      try {
        text = await protector.openAgeFile(file);
      } catch (error) {
        if (error instanceof AgeError) throw invalid(path, error.reason);
        throw error;
      }
      if (text === undefined) throw new DraaiboekError('KEY_PASSPHRASE_WRONG', 'the passphrase does not open the folder key', {});
    }
  } else {
    path = paths.sealedFile;
    text = await openSealed(paths.sealedFile, protector);
  }
  if (text === undefined) throw new DraaiboekError('FOLDER_KEY_MISSING', 'the folder is encrypted and its key is missing', { path });
  const identity = parseAgeIdentityFile(text.toString('utf8'));
  text.fill(0);
  if (identity === undefined) throw invalid(path, 'no identity');
  if (identity.recipient !== recipient) throw invalid(path, 'another key than the folder’s');
  return identity;
}

/** Remove the folder key once no file needs it any more. */
export async function removeFolderKey(dataDir: string): Promise<void> {
  const paths = folderKeyPaths(dataDir);
  await Promise.all([rm(paths.ageFile, { force: true }), rm(paths.sealedFile, { force: true })]);
  await fsyncDirectory(join(dataDir, 'keys'));
}
