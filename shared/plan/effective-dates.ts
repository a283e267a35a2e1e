import type { Approval } from './cycle-records.js';
import type { IsoDate } from './primitives.js';
import type { PlanContent } from './plan.js';
import { addYears } from './calendar.js';

/** After an approval the plan is reviewed within a year (BIO: tested and reviewed yearly). */
export const REVIEW_AFTER_YEARS = 1;
/** An adopted plan holds for two years: a review that slips does not void it at once, an approval that old does. */
export const VALID_FOR_YEARS = 2;

export function reviewDueAfter(approvalDate: IsoDate): IsoDate {
  return addYears(approvalDate, REVIEW_AFTER_YEARS);
}

export function validUntilAfter(approvalDate: IsoDate): IsoDate {
  return addYears(approvalDate, VALID_FOR_YEARS);
}

/** The newest approval: by decision date, then by the revision it adopted. */
export function latestApproval(content: PlanContent): Approval | undefined {
  let latest: Approval | undefined;
  for (const approval of content.approvals) {
    if (
      latest === undefined ||
      approval.date > latest.date ||
      (approval.date === latest.date && approval.revision > latest.revision)
    ) {
      latest = approval;
    }
  }
  return latest;
}

export interface EffectiveDates {
  readonly reviewDue?: IsoDate;
  readonly validUntil?: IsoDate;
  /** Where they come from: the newest approval, or the dates written in the plan's details. */
  readonly source: 'approval' | 'meta';
}

/** The review and validity dates that hold: the newest approval's, else those written in the plan's details. */
export function effectiveDates(content: PlanContent): EffectiveDates {
  const approval = latestApproval(content);
  if (approval !== undefined) return { reviewDue: approval.reviewDue, validUntil: approval.validUntil, source: 'approval' };
  const { reviewDue, validUntil } = content.meta;
  return { ...(reviewDue === undefined ? {} : { reviewDue }), ...(validUntil === undefined ? {} : { validUntil }), source: 'meta' };
}
