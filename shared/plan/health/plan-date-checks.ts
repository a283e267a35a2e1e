import type { IsoDate } from '../primitives.js';
import { META_RECORD_ID, type PlanContent } from '../plan.js';
import { healthGap, type HealthGap } from './health-codes.js';

export function checkReviewOverdue(content: PlanContent, today: IsoDate): HealthGap[] {
  const { reviewDue } = content.meta;
  if (reviewDue === undefined || reviewDue >= today) return [];
  return [healthGap('reviewOverdue', 'meta', META_RECORD_ID, { reviewDue })];
}

/** The plan is valid through its `validUntil` day and expired from the day after. */
export function checkPlanExpired(content: PlanContent, today: IsoDate): HealthGap[] {
  const { validUntil } = content.meta;
  if (validUntil === undefined || validUntil >= today) return [];
  return [healthGap('planExpired', 'meta', META_RECORD_ID, { validUntil })];
}
