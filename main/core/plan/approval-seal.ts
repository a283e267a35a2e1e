import { createHash, verify } from 'node:crypto';
import { adoptedPart } from '../../../shared/plan/adopted-part.js';
import { DraaiboekError } from '../../../shared/errors.js';
import type { Approval } from '../../../shared/plan/cycle-records.js';
import type { PlanContent } from '../../../shared/plan/plan.js';
import { canonicalJson } from '../crypto/canonical-json.js';
import { signCanonical } from '../crypto/envelope.js';
import type { DeviceKeyPair } from '../crypto/keys.js';
import type { KeyLookup } from '../crypto/envelope.js';

/*
 * What binds an approval to the content it adopted. The approval names the revision's content hash, signature
 * and signer; the laptop that records it signs all of that together with the plan's id (the seal). So an
 * approval copied onto other content, onto another plan, or edited afterwards no longer verifies, and one
 * made up without a trusted device's key never did.
 */

export type UnsealedApproval = Omit<Approval, 'sealSignature'>;

/** SHA-256 (hex) of the canonical JSON of the content an approval adopts: everything but the approvals. */
export function adoptedContentHash(content: PlanContent): string {
  return createHash('sha256').update(canonicalJson(adoptedPart(content)), 'utf8').digest('hex');
}

function sealText(approval: UnsealedApproval, planId: string): string {
  return canonicalJson({ _type: 'draaiboek.approval', planId, approval });
}

export function sealApproval(approval: Omit<UnsealedApproval, 'sealKeyid'>, planId: string, key: DeviceKeyPair): Approval {
  const unsealed: UnsealedApproval = { ...approval, sealKeyid: key.keyid };
  return { ...unsealed, sealSignature: signCanonical(sealText(unsealed, planId), key).sig };
}

/** Whether the approval's seal verifies, for this plan, with a key this device trusts. */
export function approvalSealHolds(approval: Approval, planId: string, lookup: KeyLookup): boolean {
  const key = lookup(approval.sealKeyid);
  if (key === undefined) return false;
  const { sealSignature, ...unsealed } = approval;
  return verify(null, Buffer.from(sealText(unsealed, planId), 'utf8'), key.publicKey, Buffer.from(sealSignature, 'base64'));
}

export function bindingRefused(approval: Pick<Approval, 'id' | 'revision'>): DraaiboekError {
  return new DraaiboekError('APPROVAL_BINDING_INVALID', `approval ${approval.id} does not match the content it names`, {
    approval: approval.id,
    revision: approval.revision,
  });
}

/**
 * Refuses content that holds an approval which is new or different from `before`'s and whose seal does not
 * hold: the check wherever approvals enter a plan (an import, a bundle).
 */
export function assertApprovalsSealed(
  incoming: readonly Approval[],
  before: readonly Approval[],
  planId: string,
  lookup: KeyLookup,
): void {
  const known = new Map(before.map((approval) => [approval.id, canonicalJson(approval)]));
  for (const approval of incoming) {
    if (known.get(approval.id) === canonicalJson(approval)) continue;
    if (!approvalSealHolds(approval, planId, lookup)) throw bindingRefused(approval);
  }
}
