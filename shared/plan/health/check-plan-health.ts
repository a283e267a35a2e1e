import type { IsoDate } from '../primitives.js';
import type { PlanContent } from '../plan.js';
import { checkCallTreeCycles, checkRolePersonNotInCallTree } from './call-tree-checks.js';
import {
  checkPersonNeverVerified,
  checkPersonVerificationStale,
  checkPrivatePhoneWithoutConsent,
} from './contact-checks.js';
import { checkAdoption, checkCoverage, checkNoExerciseLastYear, checkOverdueActions, type HealthContext } from './cycle-checks.js';
import { healthSeverities, type HealthGap } from './health-codes.js';
import { checkPlanExpired, checkReviewOverdue } from './plan-date-checks.js';
import {
  checkProcessRtoExceedsMtpd,
  checkProcessRtoShorterThanApplicationRto,
  checkProcessWithoutWorkaround,
} from './process-checks.js';
import { checkDanglingReferences } from './reference-checks.js';
import { checkRoleWithoutDeputy, checkRoleWithoutPrimary } from './role-checks.js';
import { checkScenarioWithoutActivationCriteria, checkScenarioWithoutSteps } from './scenario-checks.js';
import { checkSupplierWithoutLine24x7 } from './supplier-checks.js';

export type { HealthContext } from './cycle-checks.js';
export type HealthCheck = (content: PlanContent, today: IsoDate, context?: HealthContext) => HealthGap[];

export const healthChecks: readonly HealthCheck[] = [
  checkRoleWithoutPrimary,
  checkRoleWithoutDeputy,
  checkProcessWithoutWorkaround,
  checkProcessRtoShorterThanApplicationRto,
  checkProcessRtoExceedsMtpd,
  checkPersonNeverVerified,
  checkPersonVerificationStale,
  checkPrivatePhoneWithoutConsent,
  checkSupplierWithoutLine24x7,
  checkScenarioWithoutSteps,
  checkScenarioWithoutActivationCriteria,
  checkReviewOverdue,
  checkPlanExpired,
  checkDanglingReferences,
  checkCallTreeCycles,
  checkRolePersonNotInCallTree,
  checkCoverage,
  checkNoExerciseLastYear,
  checkOverdueActions,
  checkAdoption,
];

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareGaps(a: HealthGap, b: HealthGap): number {
  return (
    healthSeverities.indexOf(a.severity) - healthSeverities.indexOf(b.severity) ||
    compareText(a.code, b.code) ||
    compareText(a.recordId, b.recordId)
  );
}

/**
 * What is missing or stale in the plan as of `today`. Derived on demand and never stored, so it is always
 * about the plan as it is now. `context` carries what only main can tell (whether the content is the adopted one). Most severe first; within a code, by record id; the sort is stable, so gaps of
 * one record keep the order their check found them in.
 */
export function checkPlanHealth(content: PlanContent, today: IsoDate, context: HealthContext = {}): HealthGap[] {
  return healthChecks.flatMap((check) => check(content, today, context)).sort(compareGaps);
}
