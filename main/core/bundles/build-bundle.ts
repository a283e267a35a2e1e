import { DraaiboekError } from '../../../shared/errors.js';
import type { SignedPlan } from '../../../shared/plan/plan.js';
import { printableText, visibleText } from '../../../shared/text-safety.js';
import { canonicalJson } from '../crypto/canonical-json.js';
import { signToEnvelopeText } from '../crypto/envelope.js';
import { loadSealKeys } from '../crypto/seal-key-store.js';
import { lineOf } from '../crisis/crisis-event-codec.js';
import { createCrisisService } from '../crisis/crisis-service.js';
import type { OpenedDataDir } from '../data-dir/open-data-dir.js';
import { approvalSealHolds } from '../plan/approval-seal.js';
import { readUntrustedFileBytes } from '../safe-json/safe-parse.js';
import { readAuthenticCanonicalFile, splitCanonicalFile } from '../store/canonical-envelope.js';
import { MAX_PLAN_FILE_BYTES } from '../store/plan-file.js';
import {
  BUNDLE_TYPE,
  BUNDLE_VERSION,
  MANIFEST_TYPE,
  MAX_BUNDLE_BYTES,
  MAX_MANIFEST_TEXT_CHARS,
  MAX_SIGNER_NAME_CHARS,
  type BundleSigner,
  type ManifestSigned,
} from './bundle-format.js';

export interface BuiltBundle {
  /** The bundle's plaintext: canonical JSON. */
  readonly bytes: Buffer;
  readonly signed: SignedPlan;
  readonly manifest: ManifestSigned;
  readonly signer: BundleSigner;
}

/**
 * The current plan.json exactly as this device signed and wrote it, checked against the key before it goes
 * anywhere: a bundle carries the signed bytes themselves, never a copy re-serialized from memory.
 */
async function readCurrentPlanFile(opened: OpenedDataDir): Promise<{ bytes: Buffer; sig: string }> {
  const expected = opened.store.current;
  const path = opened.store.layout.planFile;
  // In a folder encrypted at rest the file on disk is an age file: the bundle carries the signed plan inside it.
  const bytes = Buffer.from(opened.atRest().open(await readUntrustedFileBytes(path, { maxBytes: MAX_PLAN_FILE_BYTES }), path));
  const authentic = readAuthenticCanonicalFile(bytes, opened.lookup);
  const parts = splitCanonicalFile(bytes);
  const signed = authentic?.signed as { planId?: unknown; revision?: unknown } | undefined;
  const sig = parts?.signatures.find((signature) => signature.keyid === authentic?.signerKeyid)?.sig;
  if (sig === undefined || signed?.planId !== expected.planId || signed.revision !== expected.revision) {
    throw new DraaiboekError('SIGNATURE_INVALID', 'plan.json changed since it was opened', {
      keyid: opened.deviceKeyid,
      fingerprint: '?',
    });
  }
  return { bytes, sig };
}

/** Text for the manifest as its schema takes it: one line, no control characters, cut to `max`. */
function manifestText(text: string, max: number): string {
  return printableText(visibleText(text)).slice(0, max);
}

async function signerName(opened: OpenedDataDir): Promise<string> {
  const trust = await opened.trust();
  const name = trust.signers.find((signer) => signer.keyid === opened.deviceKeyid)?.name ?? opened.platform.deviceName();
  const safe = manifestText(name, MAX_SIGNER_NAME_CHARS);
  return safe.trim() === '' ? opened.deviceKeyid.slice(0, 16) : safe;
}

/** Most keys a manifest lists (its schema's cap), this device's own among them. */
const MAX_MANIFEST_SIGNERS = 16;

/**
 * The keys that sealed the plan's approvals on other laptops: carried under the manifest's signature, so a
 * laptop that never met the laptop that recorded an approval can check its seal. A key comes from the trust
 * store, or else from the seal keys a trusted bundle vouched for, and only while its approval's seal holds
 * with it; a key removed from trust is never passed on.
 */
async function sealerKeys(opened: OpenedDataDir, own: string): Promise<BundleSigner[]> {
  const trust = await opened.trust();
  const sealKeys = await loadSealKeys(opened.dataDir);
  const { planId, plan } = opened.store.current;
  const removed = new Set(trust.signers.filter((signer) => signer.removedAt !== undefined).map((signer) => signer.keyid));
  const candidates = [...trust.signers.filter((signer) => signer.removedAt === undefined), ...sealKeys.keys];
  const carried = new Map<string, BundleSigner>();
  for (const approval of plan.content.approvals) {
    const keyid = approval.sealKeyid;
    if (keyid === own || removed.has(keyid) || carried.has(keyid) || carried.size >= MAX_MANIFEST_SIGNERS - 1) continue;
    const key = candidates.find((candidate) => candidate.keyid === keyid);
    const lookup = trust.lookup(keyid) === undefined ? sealKeys.lookup : trust.lookup;
    if (key === undefined || !approvalSealHolds(approval, planId, lookup)) continue;
    const name = manifestText(key.name, MAX_SIGNER_NAME_CHARS);
    carried.set(keyid, { keyid, publicKey: key.publicKey, name: name.trim() === '' ? keyid.slice(0, 16) : name });
  }
  return [...carried.values()];
}

/**
 * Every crisis log of the folder, as the events that hold when read now (a refused event stays home), each in
 * its canonical stored form. Canonical JSON as a whole: `crisisId` sorts before `events`.
 */
async function crisesText(opened: OpenedDataDir): Promise<string> {
  const logs = await createCrisisService(opened).logs();
  const parts = logs
    .filter((log) => log.events.length > 0)
    .map((log) => `{"crisisId":${canonicalJson(log.crisisId)},"events":[${log.events.map(lineOf).join(',')}]}`);
  return `[${parts.join(',')}]`;
}

/** Room age's framing takes when the bundle is encrypted: a tag per 64 KiB chunk, and the header. */
function encryptedSize(plaintextBytes: number): number {
  return plaintextBytes + Math.ceil(plaintextBytes / 65_536) * 16 + 1_024;
}

/** A plan too large for any laptop to read back as a bundle is refused here, not after it is on the stick. */
function refuseTooLarge(plaintextBytes: number): void {
  if (encryptedSize(plaintextBytes) > MAX_BUNDLE_BYTES) {
    throw new DraaiboekError('BUNDLE_PLAN_TOO_LARGE', `a bundle of ${plaintextBytes} bytes is over the cap`, {
      size: plaintextBytes,
      max: MAX_BUNDLE_BYTES,
    });
  }
}

/**
 * Build the plaintext of a bundle from the folder's current revision: the signed plan bytes, this device's
 * public key and name (and those of the keys that sealed its approvals), and a manifest signed by this device. Unlocks the device key (the manifest is signed).
 */
export async function buildBundle(opened: OpenedDataDir): Promise<BuiltBundle> {
  const signed = opened.store.current;
  const plan = await readCurrentPlanFile(opened);
  const key = await opened.signingKey();
  const signer: BundleSigner = {
    keyid: key.keyid,
    publicKey: key.publicKey.toString('base64'),
    name: await signerName(opened),
  };
  const manifest: ManifestSigned = {
    _type: MANIFEST_TYPE,
    createdAt: opened.platform.now().toISOString(),
    createdBy: key.keyid,
    planId: signed.planId,
    revision: signed.revision,
    planSavedAt: signed.savedAt,
    planSignature: plan.sig,
    title: manifestText(signed.plan.content.meta.title, MAX_MANIFEST_TEXT_CHARS),
    organisationName: manifestText(signed.plan.content.meta.organisationName, MAX_MANIFEST_TEXT_CHARS),
    signers: [signer, ...(await sealerKeys(opened, key.keyid))],
  };
  // The keys in JCS order, so the bundle as a whole is canonical JSON while the plan bytes stay untouched.
  const head = `{"_type":${canonicalJson(BUNDLE_TYPE)},"bundleVersion":${BUNDLE_VERSION},"crises":${await crisesText(opened)},"manifest":${signToEnvelopeText(manifest, [key])},"plan":`;
  const tail = '}';
  const bytes = Buffer.concat([Buffer.from(head, 'utf8'), plan.bytes, Buffer.from(tail, 'utf8')]);
  refuseTooLarge(bytes.length);
  return {
    bytes,
    signed,
    manifest,
    signer,
  };
}
