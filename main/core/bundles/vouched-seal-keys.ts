import type { KeyLookup } from '../crypto/envelope.js';
import { publicKeyFromRaw } from '../crypto/keys.js';
import type { SealKey } from '../crypto/seal-key-store.js';
import { approvalSealHolds } from '../plan/approval-seal.js';
import type { OpenedBundle } from './open-bundle.js';

/**
 * The keys a bundle carries under its manifest's signature that seal approvals of its plan, for a laptop that
 * takes the bundle in from a signer it trusts: each one only when an approval's seal holds with it, and none
 * this laptop trusts already (the trust store passes those on) or removed from trust (never to be passed on).
 */
export function vouchedSealKeys(bundle: OpenedBundle, trusted: KeyLookup, removed: ReadonlySet<string>, recordedAt: string): SealKey[] {
  const carried = new Map(bundle.manifest.signers.map((signer) => [signer.keyid, signer]));
  const found = new Map<string, SealKey>();
  for (const approval of bundle.signed.plan.content.approvals) {
    const keyid = approval.sealKeyid;
    const key = carried.get(keyid);
    if (key === undefined || found.has(keyid) || removed.has(keyid) || trusted(keyid) !== undefined) continue;
    const publicKey = publicKeyFromRaw(Buffer.from(key.publicKey, 'base64'));
    if (!approvalSealHolds(approval, bundle.signed.planId, (wanted) => (wanted === keyid ? { publicKey } : undefined))) continue;
    found.set(keyid, { keyid, publicKey: key.publicKey, name: key.name, vouchedBy: bundle.signerKeyid, recordedAt });
  }
  return [...found.values()];
}
