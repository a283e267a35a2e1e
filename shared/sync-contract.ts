import { z } from 'zod';
import { crisisImportSummarySchema } from './crisis/crisis-contract.js';
import { audiences } from './plan/vocabularies.js';

/*
 * The USB sync part of the IPC contract (shared/api.ts names the methods): exporting a bundle or a readable
 * kit, receiving a bundle (file dialog, drag and drop, a file opened with the app), the import preview and its
 * apply, the conflicts, the sync log. Passphrases only ever travel as arguments; no result carries one.
 */

/**
 * Largest bundle read or handed over. Reading one (decrypt, parse, verify, merge, save) peaks at about twelve
 * times its size, and a municipal laptop should spend well under 512 MiB on it (a test measures this); 20 MiB
 * is still more than the largest plan seen in use (about 17 MB with thousands of records).
 */
export const MAX_BUNDLE_TRANSFER_BYTES = 20 * 1024 * 1024;

const passphraseSchema = z.string().min(1).max(1_024);
const recipientSchema = z.string().trim().min(1).max(300);

/** A passphrase, or the explicit word that the bundle goes out unencrypted: exactly one of the two. */
function encryptionChosen(request: { passphrase?: string | undefined; encrypt?: false | undefined }): boolean {
  return (request.passphrase === undefined) !== (request.encrypt === undefined);
}
const encryptionMessage = { message: 'give a passphrase, or say encrypt: false', path: ['passphrase'] };

export const syncExportRequestSchema = z
  .strictObject({
    passphrase: passphraseSchema.optional(),
    encrypt: z.literal(false).optional(),
    recipient: recipientSchema.optional(),
  })
  .refine(encryptionChosen, encryptionMessage);
export type SyncExportRequest = z.infer<typeof syncExportRequestSchema>;

export const syncKitRequestSchema = z
  .strictObject({
    passphrase: passphraseSchema.optional(),
    encrypt: z.literal(false).optional(),
    recipient: recipientSchema.optional(),
    /**
     * Who the kit's readable documents are for. They lie unencrypted on the stick, so by default the
     * organisation's (no private numbers, no notes); the crisis team's only after main's own confirmation.
     * The bundle itself is always the whole plan, for the crisis team.
     */
    audience: z.enum(audiences).default('organisation'),
    includePdf: z.boolean(),
    includeWord: z.boolean(),
  })
  .refine(encryptionChosen, encryptionMessage);

/** What an export wrote, checked by reading it back; null when the user cancelled the dialog. */
export const syncExportResultSchema = z.union([
  z.strictObject({
    path: z.string(),
    bytes: z.number().int().min(0),
    encrypted: z.boolean(),
    revision: z.number().int().min(1),
    fingerprint: z.string(),
    copyNumber: z.number().int().min(0),
    /** The names of the files in the kit folder, the bundle first; empty for a bundle alone. */
    kitFiles: z.array(z.string()),
    /** The names of the files written that anyone can read without a passphrase. */
    readableFiles: z.array(z.string()),
  }),
  z.null(),
]);
export type SyncExportResult = z.infer<typeof syncExportResultSchema>;

/** A bundle main holds for this page, waiting for its preview; the page refers to it by `fileId`. */
export const receivedBundleSchema = z.strictObject({ fileId: z.uuid(), fileName: z.string() });
export type ReceivedBundle = z.infer<typeof receivedBundleSchema>;

const fileNameSchema = z.string().min(1).max(1_000);

export const droppedBundleSchema = z.strictObject({
  fileName: fileNameSchema,
  bytes: z
    .instanceof(Uint8Array)
    .refine((bytes) => bytes.length > 0 && bytes.length <= MAX_BUNDLE_TRANSFER_BYTES, 'empty or larger than a bundle can be'),
});

export const previewRequestSchema = z.strictObject({ fileId: z.uuid(), passphrase: passphraseSchema.optional() });

const recordRefSchema = z.strictObject({ id: z.string(), name: z.string() });

export const collectionChangesSchema = z.strictObject({
  collection: z.string(),
  addedCount: z.number().int().min(0),
  changedCount: z.number().int().min(0),
  deletedCount: z.number().int().min(0),
  added: z.array(recordRefSchema),
  changed: z.array(recordRefSchema.extend({ fields: z.array(z.string()) })),
  deleted: z.array(recordRefSchema),
});
export type CollectionChangesView = z.infer<typeof collectionChangesSchema>;

/** A conflict with both values, the record's name, and who made the edit that lost, and when. */
export const conflictViewSchema = z.strictObject({
  key: z.string(),
  collection: z.string(),
  recordId: z.string(),
  recordName: z.string(),
  field: z.string(),
  currentValue: z.unknown().optional(),
  otherValue: z.unknown().optional(),
  otherDevice: z.string(),
  /** The losing edit was made on this laptop. */
  otherIsThisDevice: z.boolean(),
  /** The name a trusted signer of that device goes by, when this laptop knows it. */
  otherName: z.string().optional(),
  /** When the losing edit was made, by its device's clock (ISO-8601 UTC). */
  otherAt: z.string().optional(),
  /** The same of the edit that gave the current value, where the plan records it. */
  currentDevice: z.string().optional(),
  currentIsThisDevice: z.boolean().optional(),
  currentName: z.string().optional(),
  currentAt: z.string().optional(),
});
export type ConflictViewItem = z.infer<typeof conflictViewSchema>;

export const importKinds = ['adopt', 'merge', 'older', 'same', 'other-plan'] as const;

export const importPreviewSchema = z.strictObject({
  token: z.uuid(),
  fileName: z.string(),
  kind: z.enum(importKinds),
  encrypted: z.boolean(),
  planId: z.string(),
  title: z.string(),
  organisationName: z.string(),
  revision: z.number().int().min(1),
  savedAt: z.string(),
  exportedAt: z.string(),
  currentRevision: z.number().int().min(0),
  signer: z.strictObject({
    keyid: z.string(),
    fingerprint: z.string(),
    name: z.string().optional(),
    trusted: z.boolean(),
  }),
  changes: z.array(collectionChangesSchema),
  newConflicts: z.array(conflictViewSchema),
  /** The crisis logs the bundle carries: what is new here, and what was refused. */
  crisis: crisisImportSummarySchema,
});
export type ImportPreviewView = z.infer<typeof importPreviewSchema>;

export const applyImportRequestSchema = z.strictObject({
  token: z.uuid(),
  /** The user compared the fingerprint with the paper binder and trusts this signer from now on. */
  trustSigner: z.boolean(),
});

export const applyImportOutcomeSchema = z.strictObject({
  applied: z.boolean(),
  kind: z.enum(importKinds),
  revision: z.number().int().min(0),
  newConflicts: z.number().int().min(0),
  crisisEventsAdded: z.number().int().min(0),
});

export const conflictChoiceRequestSchema = z.union([
  z.strictObject({ keep: z.literal('mine') }),
  z.strictObject({ keep: z.literal('both') }),
  z.strictObject({ take: z.literal('theirs') }),
  z.strictObject({ value: z.union([z.string().max(10_000), z.number()]) }),
]);
export const conflictKeyRequestSchema = z.string().min(1).max(600);

export const syncLogEntrySchema = z.strictObject({
  at: z.string(),
  direction: z.enum(['out', 'in']),
  planId: z.string(),
  revision: z.number().int().min(0),
  encrypted: z.boolean().optional(),
  copyNumber: z.number().int().min(0).optional(),
  recipient: z.string().optional(),
  audience: z.string().optional(),
  location: z.string().optional(),
  signerFingerprint: z.string().optional(),
  /** For an export: the files it left on the stick that anyone can read without a passphrase. */
  readableFiles: z.array(z.string()).optional(),
  imported: z
    .strictObject({
      kind: z.string(),
      from: z.string(),
      added: z.number().int().min(0),
      changed: z.number().int().min(0),
      deleted: z.number().int().min(0),
      conflicts: z.number().int().min(0),
      resultRevision: z.number().int().min(0),
    })
    .optional(),
});
export type SyncLogEntryView = z.infer<typeof syncLogEntrySchema>;

export const syncOpenedPayloadSchema = z.strictObject({ fileName: z.string() });
