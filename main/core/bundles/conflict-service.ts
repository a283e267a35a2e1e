import { DraaiboekError } from '../../../shared/errors.js';
import { conflictKey, resolveConflict, type ConflictChoice } from '../../../shared/plan/sync/index.js';
import type { OpenedDataDir } from '../data-dir/open-data-dir.js';
import { assertApprovalsSealed } from '../plan/approval-seal.js';
import { approvalSealLookup } from '../plan/approval-seal-lookup.js';
import { viewConflict, type ConflictView } from './conflict-view.js';

/** The conflicts of the current plan that still wait for the user, with both values side by side. */
export function listConflicts(opened: OpenedDataDir): ConflictView[] {
  const { content, sync } = opened.store.current.plan;
  return sync.conflicts.filter((conflict) => conflict.resolvedAt === undefined).map((conflict) => viewConflict(content, conflict, sync.stamps));
}

/**
 * Settle one conflict: keep the current value, take the other one, or write a value of one's own. The
 * decision is a new signed revision, and travels to the other laptops with the next bundle.
 */
export async function resolvePlanConflict(opened: OpenedDataDir, key: string, choice: ConflictChoice): Promise<{ revision: number }> {
  const sealLookup = await approvalSealLookup(opened);
  const committed = await opened.store.update((current) => {
    const open = current.plan.sync.conflicts.find((conflict) => conflictKey(conflict) === key && conflict.resolvedAt === undefined);
    if (open === undefined) throw new DraaiboekError('CONFLICT_NOT_FOUND', `no open conflict ${key}`, { key });
    const next = resolveConflict(current.plan, key, choice, opened.clock);
    // A value written into an approval must leave it sealed, like an approval arriving any other way.
    assertApprovalsSealed(next.content.approvals, current.plan.content.approvals, current.planId, sealLookup);
    return next;
  });
  return { revision: committed.revision };
}
