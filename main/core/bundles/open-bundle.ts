import type { KeyObject } from 'node:crypto';
import { DraaiboekError, isDraaiboekError } from '../../../shared/errors.js';
import type { SignedPlan } from '../../../shared/plan/plan.js';
import { verifyEnvelope, type KeyLookup } from '../crypto/envelope.js';
import { fingerprintOf, publicKeyFromRaw } from '../crypto/keys.js';
import { describeZodError } from '../store/describe-zod-error.js';
import { verifyPlanValue, type VerifiedPlanFile } from '../store/plan-file.js';
import { runParseTask } from '../workers/run-parse-task.js';
import {
  BUNDLE_TYPE,
  BUNDLE_VERSION,
  bundleSchema,
  type BundleCrisis,
  type BundleSigner,
  type BundleValue,
  type ManifestSigned,
} from './bundle-format.js';
import { upgradeBundle } from './bundle-migrations.js';

/** What this folder knows of keys: the active trusted ones, and the ones it once trusted and removed. */
export interface BundleTrust {
  readonly lookup: KeyLookup;
  readonly removed: ReadonlySet<string>;
}

export interface OpenedBundle {
  readonly encrypted: boolean;
  readonly manifest: ManifestSigned;
  readonly signed: SignedPlan;
  readonly signerKeyid: string;
  /** The signer as the bundle presents it (its raw key and the name it gives itself). */
  readonly signerInBundle: BundleSigner | undefined;
  readonly migratedFrom?: number;
  /** The crisis logs it carries, not yet verified: each event is checked on its own when taken in. */
  readonly crises: readonly BundleCrisis[];
  /** Keys this bundle carries (its signers), for checking what they signed; trusting them is the user's word. */
  readonly lookup: KeyLookup;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Type and version first, so a newer bundle is named as such rather than as a schema error; an older one is
 * lifted to today's version.
 */
function checkBundleHeader(raw: unknown): Record<string, unknown> {
  if (!isObject(raw) || raw['_type'] !== BUNDLE_TYPE) {
    throw new DraaiboekError('BUNDLE_NOT_RECOGNISED', 'not a draaiboek bundle');
  }
  const version = raw['bundleVersion'];
  const upgraded = upgradeBundle(raw);
  if (upgraded === undefined) {
    throw new DraaiboekError('BUNDLE_VERSION_UNKNOWN', `bundle version ${String(version)}`, {
      found: typeof version === 'number' || typeof version === 'string' ? String(version).slice(0, 20) : '?',
      supported: BUNDLE_VERSION,
    });
  }
  return upgraded;
}

function mismatch(detail: string): DraaiboekError {
  return new DraaiboekError('BUNDLE_MANIFEST_MISMATCH', `manifest mismatch: ${detail}`, { detail });
}

/** Trusted keys first; a key the bundle carries counts only for checking, trust is decided by the caller. */
function lookupWithBundleKeys(bundle: BundleValue, trust: BundleTrust): KeyLookup {
  const carried = new Map<string, KeyObject>();
  for (const signer of bundle.manifest.signed.signers) carried.set(signer.keyid, publicKeyFromRaw(Buffer.from(signer.publicKey, 'base64')));
  return (keyid) => {
    const trusted = trust.lookup(keyid);
    if (trusted !== undefined) return trusted;
    const publicKey = carried.get(keyid);
    return publicKey === undefined ? undefined : { publicKey };
  };
}

function signerRemoved(keyid: string): DraaiboekError {
  return new DraaiboekError('SIGNER_REMOVED', 'signer no longer trusted', { keyid, fingerprint: fingerprintOf(keyid) });
}

/** A key the user removed from trust is named as such, whether or not the bundle carries it. */
function verifyPlanWithRemovedKeys(bundle: BundleValue, lookup: KeyLookup, trust: BundleTrust): VerifiedPlanFile {
  try {
    return verifyPlanValue(bundle.plan, lookup);
  } catch (error) {
    const keyid = isDraaiboekError(error) && error.code === 'SIGNER_UNKNOWN' ? error.params['keyid'] : undefined;
    if (typeof keyid === 'string' && trust.removed.has(keyid)) throw signerRemoved(keyid);
    throw error;
  }
}

function checkManifest(bundle: BundleValue, signed: SignedPlan, signerKeyid: string, lookup: KeyLookup): ManifestSigned {
  const verdict = verifyEnvelope(bundle.manifest, lookup);
  if (!verdict.ok) throw mismatch(`manifest signature: ${verdict.code}`);
  if (verdict.keyid !== signerKeyid) throw mismatch('manifest signed by another key than the plan');
  const manifest = bundle.manifest.signed;
  if (manifest.createdBy !== signerKeyid) throw mismatch('createdBy');
  if (manifest.planId !== signed.planId) throw mismatch('planId');
  if (manifest.revision !== signed.revision) throw mismatch('revision');
  if (manifest.planSavedAt !== signed.savedAt) throw mismatch('planSavedAt');
  const planSignatures: unknown = bundle.plan['signatures'];
  const sigs = Array.isArray(planSignatures) ? planSignatures.filter(isObject).map((entry) => entry['sig']) : [];
  if (!sigs.includes(manifest.planSignature)) throw mismatch('planSignature');
  return manifest;
}

/**
 * Open a bundle's bytes: size cap, decrypt, safe parse (strict UTF-8, depth cap, no prototype or duplicate
 * keys), bundle type and version, schema, the plan's own checks (spec version, schema, signature), and the
 * signed manifest. Reads nothing from disk and writes nothing; every failure is a DraaiboekError of its own
 * code. A signer that is neither trusted nor removed passes here: whether to trust it is the user's word.
 */
export async function openBundle(bytes: Uint8Array, passphrase: string | undefined, trust: BundleTrust): Promise<OpenedBundle> {
  // Decrypting and parsing take time in proportion to the bundle: off this thread, so the window stays live.
  const { raw, encrypted } = await runParseTask('bundle-plaintext', { bytes, passphrase });
  const parsed = bundleSchema.safeParse(checkBundleHeader(raw));
  if (!parsed.success) {
    throw new DraaiboekError('SCHEMA_INVALID', 'not a valid bundle', { detail: describeZodError(parsed.error) });
  }
  const bundle = parsed.data;
  const lookup = lookupWithBundleKeys(bundle, trust);
  const verified = verifyPlanWithRemovedKeys(bundle, lookup, trust);
  if (trust.removed.has(verified.signerKeyid) && trust.lookup(verified.signerKeyid) === undefined) {
    throw signerRemoved(verified.signerKeyid);
  }
  const manifest = checkManifest(bundle, verified.signed, verified.signerKeyid, lookup);
  return {
    encrypted,
    manifest,
    signed: verified.signed,
    signerKeyid: verified.signerKeyid,
    signerInBundle: bundle.manifest.signed.signers.find((signer) => signer.keyid === verified.signerKeyid),
    crises: bundle.crises,
    lookup,
    ...(verified.migratedFrom === undefined ? {} : { migratedFrom: verified.migratedFrom }),
  };
}
