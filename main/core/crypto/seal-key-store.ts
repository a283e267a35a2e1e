import { z } from 'zod';
import { DraaiboekError, isDraaiboekError } from '../../../shared/errors.js';
import { folderAtRest } from '../store/at-rest.js';
import { dataDirLayout } from '../store/data-dir-layout.js';
import { describeZodError } from '../store/describe-zod-error.js';
import { readDurableJson } from '../store/durable-json-document.js';
import { oneWriterAtATime } from '../store/one-writer-per-folder.js';
import type { KeyLookup } from './envelope.js';
import { keyLookupOver } from './key-lookup.js';
import { keyidMatchesPublicKey, keyidSchema, rawPublicKeyBase64Schema } from './schemas.js';

/*
 * The keys that sealed approvals recorded on laptops this one does not trust, as a trusted bundle signer
 * vouched for them and this laptop checked the seals with them. They are kept so this laptop can pass them on
 * in its own bundles: a laptop further along then checks those approvals without having met their recorder.
 * A seal key is good for approval seals alone. It is not in the trust store or the protected state record, and
 * nothing that checks a plan, a manifest or a crisis event asks this store.
 */

const MAX_SEAL_KEYS_FILE_BYTES = 4 * 1024 * 1024;
const timestamp = z.iso.datetime({ offset: false });

const sealKeySchema = z
  .strictObject({
    keyid: keyidSchema,
    publicKey: rawPublicKeyBase64Schema,
    /** The name the vouching bundle gave the key: a laptop's name, shown and passed on, never trusted. */
    name: z.string().trim().min(1).max(300),
    /** The trusted signer of the bundle that carried the key, under its manifest's signature. */
    vouchedBy: keyidSchema,
    recordedAt: timestamp,
  })
  .refine((entry) => keyidMatchesPublicKey(entry.keyid, entry.publicKey), { message: 'keyid does not match the public key', path: ['keyid'] });
export type SealKey = z.infer<typeof sealKeySchema>;

const sealKeysFileSchema = z
  .strictObject({ version: z.literal(1), keys: z.array(sealKeySchema).max(10_000) })
  .refine((file) => new Set(file.keys.map((entry) => entry.keyid)).size === file.keys.length, 'a key is listed twice');
type SealKeysFile = z.infer<typeof sealKeysFileSchema>;

export interface SealKeys {
  readonly keys: readonly SealKey[];
  /** The recorded key with this id, for checking an approval's seal and nothing else. */
  readonly lookup: KeyLookup;
}

/** What a file edited by hand fails with while being read: every one of them is the same damage to the user. */
const unreadableCodes = new Set(['FILE_EMPTY', 'FILE_TOO_LARGE', 'INVALID_UTF8', 'INVALID_JSON', 'NESTING_TOO_DEEP', 'FORBIDDEN_KEY', 'DUPLICATE_KEY']);

function damaged(detail: string): DraaiboekError {
  return new DraaiboekError('SEAL_KEYS_DAMAGED', `seal-keys.json is damaged: ${detail}`, { detail });
}

async function sealKeysDocument(dataDir: string) {
  try {
    return await readDurableJson<SealKeysFile>({
      path: dataDirLayout(dataDir).sealKeysFile,
      schema: sealKeysFileSchema,
      limits: { maxBytes: MAX_SEAL_KEYS_FILE_BYTES, maxDepth: 8 },
      missing: { version: 1, keys: [] },
      refuse: (error) => damaged(describeZodError(error)),
      indent: 2,
      // Which laptops recorded this plan's approvals and from whom they came: encrypted with the plan when the folder is.
      atRest: () => folderAtRest(dataDir),
    });
  } catch (error) {
    if (isDraaiboekError(error) && unreadableCodes.has(error.code)) throw damaged(error.message);
    throw error;
  }
}

function buildSealKeys(file: SealKeysFile): SealKeys {
  const byId = new Map(file.keys.map((entry) => [entry.keyid, entry]));
  return { keys: file.keys, lookup: keyLookupOver(byId, (entry, publicKey) => ({ publicKey, name: entry.name })) };
}

/** The seal keys of a data folder; a folder without the file (one from before it existed) knows none. */
export async function loadSealKeys(dataDir: string): Promise<SealKeys> {
  return buildSealKeys((await sealKeysDocument(dataDir)).data);
}

/**
 * Records seal keys not yet known; a key already recorded keeps its first voucher. A damaged file is refused,
 * never overwritten, and nothing is written when every key is known already.
 */
export function recordSealKeys(dataDir: string, entries: readonly SealKey[]): Promise<SealKeys> {
  return oneWriterAtATime(dataDirLayout(dataDir).sealKeysFile, async () => {
    const document = await sealKeysDocument(dataDir);
    const known = new Set(document.data.keys.map((entry) => entry.keyid));
    const added: SealKey[] = [];
    for (const entry of entries) {
      if (known.has(entry.keyid)) continue;
      const parsed = sealKeySchema.safeParse(entry);
      if (!parsed.success) throw new DraaiboekError('SCHEMA_INVALID', 'not a valid seal key', { detail: describeZodError(parsed.error) });
      known.add(entry.keyid);
      added.push(parsed.data);
    }
    if (added.length === 0) return buildSealKeys(document.data);
    const updated: SealKeysFile = { version: 1, keys: [...document.data.keys, ...added] };
    document.data = updated;
    await document.write();
    return buildSealKeys(updated);
  });
}
