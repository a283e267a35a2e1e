import type { IsoDate } from '../primitives.js';
import { META_RECORD_ID, type PlanContent } from '../plan.js';
import { effectiveDates } from '../effective-dates.js';
import { healthGap, type HealthGap } from './health-codes.js';

export function checkReviewOverdue(content: PlanContent, today: IsoDate): HealthGap[] {
  // The newest approval's dates when there is one, else those written in the plan's details.
  const { reviewDue } = effectiveDates(content);
  if (reviewDue === undefined || reviewDue >= today) return [];
  return [healthGap('reviewOverdue', 'meta', META_RECORD_ID, { reviewDue })];
}

/** The plan is valid through its `validUntil` day and expired from the day after. */
export function checkPlanExpired(content: PlanContent, today: IsoDate): HealthGap[] {
  const { validUntil } = effectiveDates(content);
  if (validUntil === undefined || validUntil >= today) return [];
  return [healthGap('planExpired', 'meta', META_RECORD_ID, { validUntil })];
}
