import type { Approval } from '../../../shared/plan/cycle-records.js';
import type { PlanContent, PlanDocument } from '../../../shared/plan/plan.js';
import type { Change } from '../../../shared/plan/sync/index.js';
import type { KeyLookup } from '../crypto/envelope.js';
import type { DeviceKeyPair } from '../crypto/keys.js';
import { approvalSealHolds, bindingRefused, sealApproval } from './approval-seal.js';
import { revivedRecords } from './restore-as-changes.js';

/**
 * The approvals a restore brings back. One deleted since (an undone approval that is redone) comes back under
 * a new id, and its seal names the old one, so it would verify nowhere: when its own seal held, this laptop
 * seals it anew under the new id, binding the very revision, hash and signature it named. One whose seal did
 * not hold is refused, named by its id in the revision restored.
 */
export function resealRevivedApprovals(
  changes: readonly Change[],
  current: PlanDocument,
  past: PlanContent,
  revision: number,
  planId: string,
  lookup: KeyLookup,
  key: DeviceKeyPair,
): Change[] {
  const revived = new Map(
    revivedRecords(current, past, revision)
      .filter((record) => record.collection === 'approvals')
      .map((record) => [record.newId, record.id]),
  );
  if (revived.size === 0) return [...changes];
  const pastApprovals = new Map(past.approvals.map((approval) => [approval.id, approval]));
  return changes.map((change) => {
    if (change.op !== 'create' || change.collection !== 'approvals') return change;
    const record = change.record as Approval;
    const originalId = revived.get(record.id);
    if (originalId === undefined) return change;
    const original = pastApprovals.get(originalId);
    if (original === undefined || !approvalSealHolds(original, planId, lookup)) throw bindingRefused(original ?? record);
    const bound = Object.fromEntries(
      Object.entries(record).filter(([field]) => field !== 'sealKeyid' && field !== 'sealSignature'),
    ) as Omit<Approval, 'sealKeyid' | 'sealSignature'>;
    return { ...change, record: sealApproval(bound, planId, key) };
  });
}
