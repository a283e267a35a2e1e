import { join } from 'node:path';
import { z } from 'zod';
import { DraaiboekError } from '../../../shared/errors.js';
import { readDurableJson } from '../store/durable-json-document.js';
import { oneWriterAtATime } from '../store/one-writer-per-folder.js';
import type { PublicKeyInfo } from './envelope.js';
import { keyLookupOver } from './key-lookup.js';
import { fingerprintOf, keyidOf } from './keys.js';
import { keyidMatchesPublicKey, keyidSchema, rawPublicKeyBase64Schema } from './schemas.js';

const MAX_TRUST_FILE_BYTES = 4 * 1024 * 1024;

export const addedHowValues = ['own-device', 'fingerprint-confirmed', 'bundle'] as const;
export type AddedHow = (typeof addedHowValues)[number];

const timestamp = z.iso.datetime({ offset: false });

const trustedSignerSchema = z
  .strictObject({
    keyid: keyidSchema,
    publicKey: rawPublicKeyBase64Schema,
    name: z.string().trim().min(1).max(300),
    role: z.string().max(300).optional(),
    addedAt: timestamp,
    addedHow: z.enum(addedHowValues),
    removedAt: timestamp.optional(),
  })
  .refine((signer) => keyidMatchesPublicKey(signer.keyid, signer.publicKey), {
    message: 'keyid does not match the public key',
    path: ['keyid'],
  });
export type TrustedSigner = z.infer<typeof trustedSignerSchema>;

const trustFileSchema = z
  .strictObject({ version: z.literal(1), signers: z.array(trustedSignerSchema).max(10_000) })
  .refine((file) => new Set(file.signers.map((signer) => signer.keyid)).size === file.signers.length, 'a key is listed twice');
export type TrustFile = z.infer<typeof trustFileSchema>;

/** Who this device believes: the keys whose signatures on a plan it accepts. */
export interface TrustStore {
  readonly signers: readonly TrustedSigner[];
  /** The trusted key with this id, for `verifyEnvelope`; removed signers are not found. */
  lookup(keyid: string): (PublicKeyInfo & { keyid: string; role?: string }) | undefined;
}

export interface NewTrustedSigner {
  /** When given, it must be the id of `publicKey`: the id the user confirmed is the key that gets trusted. */
  keyid?: string;
  publicKey: Uint8Array;
  name: string;
  role?: string;
  addedHow: AddedHow;
  addedAt?: string;
}

export function trustFilePath(dataDir: string): string {
  return join(dataDir, 'trust.json');
}

function buildStore(file: TrustFile): TrustStore {
  const active = new Map(file.signers.filter((signer) => signer.removedAt === undefined).map((signer) => [signer.keyid, signer]));
  return {
    signers: file.signers,
    lookup: keyLookupOver(active, (signer, publicKey) => ({
      keyid: signer.keyid,
      publicKey,
      name: signer.name,
      ...(signer.role === undefined ? {} : { role: signer.role }),
    })),
  };
}

function trustDocument(dataDir: string) {
  const path = trustFilePath(dataDir);
  return readDurableJson<TrustFile>({
    path,
    schema: trustFileSchema,
    limits: { maxBytes: MAX_TRUST_FILE_BYTES, maxDepth: 8 },
    missing: { version: 1, signers: [] },
    refuse: (error) => {
      const issue = error.issues[0];
      const where = issue?.path.join('.') ?? '';
      return new DraaiboekError('SCHEMA_INVALID', `${path} is not a valid trust store: ${where} ${issue?.message ?? ''}`.trim(), {
        path,
        detail: `${where}: ${issue?.message ?? ''}`,
      });
    },
    indent: 2,
  });
}

async function readTrustFile(dataDir: string): Promise<TrustFile> {
  return (await trustDocument(dataDir)).data;
}

/** Read-modify-write of one data folder's trust.json at a time within this process. */
function serialized<T>(dataDir: string, change: () => Promise<T>): Promise<T> {
  return oneWriterAtATime(trustFilePath(dataDir), change);
}

/** The trust store of a data folder; a folder without trust.json trusts nobody. */
export async function loadTrustStore(dataDir: string): Promise<TrustStore> {
  return buildStore(await readTrustFile(dataDir));
}

/**
 * Trusts a signer, or trusts one again that was removed. A damaged trust.json is refused, never overwritten.
 */
export function trustSigner(dataDir: string, entry: NewTrustedSigner): Promise<TrustStore> {
  const keyid = keyidOf(entry.publicKey);
  if (entry.keyid !== undefined && entry.keyid !== keyid) {
    return Promise.reject(new DraaiboekError('SCHEMA_INVALID', 'the key id does not belong to this public key', { keyid: entry.keyid, detail: 'keyid' }));
  }
  return serialized(dataDir, async () => {
    const document = await trustDocument(dataDir);
    const file = document.data;
    const candidate = {
      keyid,
      publicKey: Buffer.from(entry.publicKey).toString('base64'),
      name: entry.name,
      ...(entry.role === undefined ? {} : { role: entry.role }),
      addedAt: entry.addedAt ?? new Date().toISOString(),
      addedHow: entry.addedHow,
    };
    const signer = trustedSignerSchema.safeParse(candidate);
    if (!signer.success) {
      throw new DraaiboekError('SCHEMA_INVALID', `not a valid signer: ${signer.error.issues[0]?.message ?? ''}`, {
        keyid,
        detail: signer.error.issues[0]?.message ?? 'signer',
      });
    }
    const updated: TrustFile = { version: 1, signers: [...file.signers.filter((existing) => existing.keyid !== keyid), signer.data] };
    document.data = updated;
    await document.write();
    return buildStore(updated);
  });
}

/** Stops trusting a signer. The entry stays, marked removed, so the history of who was trusted is kept. */
export function removeSigner(dataDir: string, keyid: string): Promise<TrustStore> {
  return serialized(dataDir, async () => {
    const document = await trustDocument(dataDir);
    const file = document.data;
    const existing = file.signers.find((signer) => signer.keyid === keyid);
    if (existing === undefined) throw new DraaiboekError('RECORD_NOT_FOUND', 'no such trusted signer', { keyid, collection: 'signer', id: keyid });
    if (existing.removedAt !== undefined) return buildStore(file);
    const removedAt = new Date().toISOString();
    const updated: TrustFile = {
      version: 1,
      signers: file.signers.map((signer) => (signer.keyid === keyid ? { ...signer, removedAt } : signer)),
    };
    document.data = updated;
    await document.write();
    return buildStore(updated);
  });
}

/** The trust decisions this device authenticated (its protected state record): the only ones that count. */
export interface TrustAnchors {
  readonly device: { readonly keyid: string; readonly publicKey: string };
  readonly trusted: readonly { readonly keyid: string; readonly publicKey: string }[];
  readonly removed: readonly string[];
}

export interface AnchoredTrust {
  readonly store: TrustStore;
  /** Entries of trust.json the anchors do not back: not trusted, reported so someone can look into them. */
  readonly ignored: readonly TrustedSigner[];
}

/**
 * trust.json as far as the protected anchors back it. trust.json only names keys; whether a key is trusted,
 * and which public key it is, comes from the anchors. This device's own key is always trusted, under the
 * name `ownName` unless trust.json names it.
 */
export function anchorTrust(signers: readonly TrustedSigner[], anchors: TrustAnchors, ownName: string): AnchoredTrust {
  const removed = new Set(anchors.removed);
  const backed = new Map(anchors.trusted.map((anchor) => [anchor.keyid, anchor.publicKey]));
  const matches = (signer: TrustedSigner): boolean =>
    signer.keyid === anchors.device.keyid ? signer.publicKey === anchors.device.publicKey : backed.get(signer.keyid) === signer.publicKey;
  const named = new Map(signers.filter((signer) => signer.removedAt === undefined && matches(signer)).map((signer) => [signer.keyid, signer]));
  const ignored = signers.filter((signer) => signer.removedAt === undefined && (!matches(signer) || removed.has(signer.keyid)));
  const addedAt = new Date(0).toISOString();
  const anchored: TrustedSigner[] = [
    named.get(anchors.device.keyid) ?? { ...anchors.device, name: ownName, addedAt, addedHow: 'own-device' },
    ...anchors.trusted.map(
      (anchor): TrustedSigner => {
        const signer = named.get(anchor.keyid) ?? signers.find((entry) => entry.keyid === anchor.keyid && entry.publicKey === anchor.publicKey);
        const base: TrustedSigner = signer ?? { ...anchor, name: fingerprintOf(anchor.keyid), addedAt, addedHow: 'bundle' };
        return removed.has(anchor.keyid) ? { ...base, removedAt: base.removedAt ?? addedAt } : { ...base, removedAt: undefined };
      },
    ),
  ].map((signer) => {
    const { removedAt, ...rest } = signer;
    return removedAt === undefined ? rest : { ...rest, removedAt };
  });
  return { store: buildStore({ version: 1, signers: anchored }), ignored };
}

/** The signers listed in trust.json, as written (names, how and when added); trust itself is anchored elsewhere. */
export async function readTrustedSigners(dataDir: string): Promise<readonly TrustedSigner[]> {
  return (await readTrustFile(dataDir)).signers;
}
