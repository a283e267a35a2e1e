import { z } from 'zod';
import { DraaiboekError } from '../../../shared/errors.js';
import { conflictKey, resolveConflict, type ConflictChoice } from '../../../shared/plan/sync/index.js';
import type { OpenedDataDir } from '../services/open-data-dir.js';
import { describeZodError } from '../store/describe-zod-error.js';
import { viewConflict, type ConflictView } from './conflict-view.js';

export const conflictChoiceSchema = z.union([
  z.strictObject({ keep: z.literal('mine') }),
  z.strictObject({ take: z.literal('theirs') }),
  z.strictObject({ value: z.unknown() }),
]);
const conflictKeySchema = z.string().min(1).max(600);

/** The conflicts of the current plan that still wait for the user, with both values side by side. */
export function listConflicts(opened: OpenedDataDir): ConflictView[] {
  const { content, sync } = opened.store.current.plan;
  return sync.conflicts.filter((conflict) => conflict.resolvedAt === undefined).map((conflict) => viewConflict(content, conflict));
}

/**
 * Settle one conflict: keep the current value, take the other one, or write a value of one's own. The
 * decision is a new signed revision, and travels to the other laptops with the next bundle.
 */
export async function resolvePlanConflict(opened: OpenedDataDir, rawKey: unknown, rawChoice: unknown): Promise<{ revision: number }> {
  const key = conflictKeySchema.safeParse(rawKey);
  const choice = conflictChoiceSchema.safeParse(rawChoice);
  if (!key.success || !choice.success) {
    const detail = !key.success ? describeZodError(key.error) : !choice.success ? describeZodError(choice.error) : '';
    throw new DraaiboekError('USAGE', 'bad conflict decision', { detail });
  }
  const committed = await opened.store.update((current) => {
    const open = current.plan.sync.conflicts.find((conflict) => conflictKey(conflict) === key.data && conflict.resolvedAt === undefined);
    if (open === undefined) throw new DraaiboekError('CONFLICT_NOT_FOUND', `no open conflict ${key.data}`, { key: key.data });
    return resolveConflict(current.plan, key.data, choice.data as ConflictChoice, opened.clock);
  });
  return { revision: committed.revision };
}
