import { z } from 'zod';
import { MAX_BUNDLE_TRANSFER_BYTES } from '../../../shared/sync-contract.js';
import { hasUnsafeDisplayText } from '../../../shared/text-safety.js';
import { signatureSchema } from '../crypto/envelope.js';
import { keyidMatchesPublicKey, keyidSchema, rawPublicKeyBase64Schema } from '../crypto/schemas.js';

/*
 * The `.draaiboek` bundle, version 2 (README: "USB bundles"). Its plaintext is one JSON object, written in
 * RFC 8785 canonical form:
 *
 *   { "_type": "draaiboek.bundle", "bundleVersion": 2,
 *     "crises": [ { "crisisId", "events": [ <signed crisis events, each as its log line holds it> ] } ],
 *     "manifest": { "signatures": [...], "signed": { who exported which revision of which plan, when, and
 *                   "signers": [ { "keyid", "publicKey", "name" } ] } },
 *     "plan": <the signed plan envelope, exactly as plan.json holds it> }
 *
 * Every byte is under a signature: the plan under its own, each crisis event under its author's, everything
 * else under the manifest's. Version 1 had no `crises`; it is read as version 2 with none (bundle-migrations.ts).
 * Encrypted (the default) it is an age file with one passphrase (scrypt) stanza around those bytes.
 */

export const BUNDLE_TYPE = 'draaiboek.bundle';
export const BUNDLE_VERSION = 2;
export const MANIFEST_TYPE = 'draaiboek.bundle-manifest';

/** Largest bundle read, with everything in it (README: "Reading a bundle: limits"). */
export const MAX_BUNDLE_BYTES = MAX_BUNDLE_TRANSFER_BYTES;

/** Longest signer name a bundle may carry: a device name, not a paragraph. */
export const MAX_SIGNER_NAME_CHARS = 120;
/** Longest plan title or organisation name a manifest may carry. */
export const MAX_MANIFEST_TEXT_CHARS = 300;

/**
 * Text that names who or what a bundle is, shown to the user when deciding whether to trust it: one line, no
 * control characters or bidi overrides that could forge another line or reorder what is shown.
 */
function identifyingText(max: number) {
  return z
    .string()
    .max(max)
    .refine((text) => !hasUnsafeDisplayText(text), 'holds control characters or bidi overrides');
}

export const bundleSignerSchema = z
  .strictObject({
    keyid: keyidSchema,
    publicKey: rawPublicKeyBase64Schema,
    name: identifyingText(MAX_SIGNER_NAME_CHARS).refine((name) => name.trim() !== '', 'a signer name is empty'),
  })
  .refine((signer) => keyidMatchesPublicKey(signer.keyid, signer.publicKey), {
    message: 'keyid does not match the public key',
    path: ['keyid'],
  });
export type BundleSigner = z.infer<typeof bundleSignerSchema>;

/** The manifest's signed part: ties the export to the exact plan revision it carries. */
export const manifestSignedSchema = z.strictObject({
  _type: z.literal(MANIFEST_TYPE),
  createdAt: z.iso.datetime({ offset: false }),
  /** The key that exported the bundle; it must be the key that signed the plan. */
  createdBy: keyidSchema,
  planId: z.uuid(),
  revision: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  planSavedAt: z.iso.datetime({ offset: false }),
  /** The plan's own signature: binds this manifest to that exact content without hashing it twice. */
  planSignature: signatureSchema.shape.sig,
  title: identifyingText(MAX_MANIFEST_TEXT_CHARS),
  organisationName: identifyingText(MAX_MANIFEST_TEXT_CHARS),
  /**
   * The keys that signed the plan and the manifest, with the names they go by; after them, the keys that sealed
   * the plan's approvals, for checking those seals only (trusting a key is the user's word, never this list's).
   */
  signers: z
    .array(bundleSignerSchema)
    .min(1)
    .max(16)
    .refine((signers) => new Set(signers.map((signer) => signer.keyid)).size === signers.length, 'a key is listed twice'),
});
export type ManifestSigned = z.infer<typeof manifestSignedSchema>;

export const manifestSchema = z.strictObject({
  signatures: z.array(signatureSchema).min(1).max(4),
  signed: manifestSignedSchema,
});

/** Most crises and events a bundle may carry; the byte cap of the whole bundle binds long before. */
export const MAX_BUNDLE_CRISES = 1_000;
export const MAX_BUNDLE_CRISIS_EVENTS = 200_000;

/**
 * A crisis log as a bundle carries it: its events, each checked on import by the crisis log's own rules
 * (shape, id, signature, chain), one by one, so a bad event is refused alone.
 */
export const bundleCrisisSchema = z.strictObject({
  crisisId: z.uuid(),
  events: z.array(z.record(z.string(), z.unknown())).max(MAX_BUNDLE_CRISIS_EVENTS),
});
export type BundleCrisis = z.infer<typeof bundleCrisisSchema>;

/** The bundle around the plan; the plan itself is checked by the plan file's own rules. */
export const bundleSchema = z.strictObject({
  _type: z.literal(BUNDLE_TYPE),
  bundleVersion: z.literal(BUNDLE_VERSION),
  crises: z
    .array(bundleCrisisSchema)
    .max(MAX_BUNDLE_CRISES)
    .refine((crises) => new Set(crises.map((crisis) => crisis.crisisId)).size === crises.length, 'a crisis is listed twice'),
  manifest: manifestSchema,
  plan: z.record(z.string(), z.unknown()),
});
export type BundleValue = z.infer<typeof bundleSchema>;
