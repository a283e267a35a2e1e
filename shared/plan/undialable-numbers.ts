import { DraaiboekError } from '../errors.js';
import { planPhoneEntries, type PlanPhoneEntry } from './health/phone-checks.js';
import { isDialablePhone } from './phone-display.js';
import type { PlanContent } from './plan.js';

/**
 * Refuses content that brings in a number no network connects. Only numbers that are new to their record
 * count: a plan that already holds one (signed before this rule) still takes every other edit, and its
 * health list names the number to fix. A change keeps the records it leaves alone as they were, so those are
 * skipped outright, and numbers already in the plan are not parsed again: a save of a large plan pays only
 * for what it brings.
 */
export function assertNewNumbersDialable(before: PlanContent, after: PlanContent): void {
  const untouched = new Set<object>([...before.people, ...before.organisations, ...before.locations]);
  const candidates = planPhoneEntries(after, (record) => untouched.has(record));
  if (candidates.length === 0) return;
  const key = (entry: PlanPhoneEntry) => `${entry.collection}\u0000${entry.recordId}\u0000${entry.number}`;
  const changedIds = new Set(candidates.map((entry) => entry.recordId));
  const known = new Set(planPhoneEntries(before, (record) => !changedIds.has(record.id)).map(key));
  const entering = candidates.filter((entry) => !known.has(key(entry)) && !isDialablePhone(entry.number));
  const first = entering[0];
  if (first === undefined) return;
  throw new DraaiboekError('PHONE_NOT_DIALABLE', `${first.collection}/${first.recordId}: ${first.number} is not a valid number`, {
    record: first.record,
    number: first.number,
    count: entering.length,
  });
}
