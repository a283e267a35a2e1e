import { DraaiboekError } from '../errors.js';
import { checkPhoneNotDialable } from './health/phone-checks.js';
import type { PlanContent } from './plan.js';

/**
 * Refuses content that brings in a number no network connects. Only numbers that are new to their record
 * count: a plan that already holds one (signed before this rule) still takes every other edit, and its
 * health list names the number to fix.
 */
export function assertNewNumbersDialable(before: PlanContent, after: PlanContent): void {
  const key = (gap: { collection: string; recordId: string; params: Readonly<Record<string, string | number>> }) =>
    JSON.stringify([gap.collection, gap.recordId, gap.params['number']]);
  const known = new Set(checkPhoneNotDialable(before).map(key));
  const entering = checkPhoneNotDialable(after).filter((gap) => !known.has(key(gap)));
  const first = entering[0];
  if (first === undefined) return;
  const record = String(first.params['record']);
  const number = String(first.params['number']);
  throw new DraaiboekError('PHONE_NOT_DIALABLE', `${first.collection}/${first.recordId}: ${number} is not a valid number`, {
    record,
    number,
    count: entering.length,
  });
}
