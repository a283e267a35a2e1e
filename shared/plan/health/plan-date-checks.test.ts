import { describe, expect, it } from 'vitest';
import { checkPlanExpired, checkReviewOverdue } from './plan-date-checks.js';
import { healthyPlan, TEST_TODAY } from './test-support/test-plan.js';

describe('plan date checks', () => {
  it('reports a review date that has passed, not one that is today', () => {
    const plan = healthyPlan();
    plan.meta.reviewDue = TEST_TODAY;
    expect(checkReviewOverdue(plan, TEST_TODAY)).toEqual([]);
    plan.meta.reviewDue = '2026-11-28';
    expect(checkReviewOverdue(plan, TEST_TODAY)).toEqual([
      {
        code: 'reviewOverdue',
        severity: 'warning',
        collection: 'meta',
        recordId: 'plan',
        params: { reviewDue: '2026-11-28' },
      },
    ]);
  });

  it('reports a plan past its valid-until day', () => {
    const plan = healthyPlan();
    plan.meta.validUntil = TEST_TODAY;
    expect(checkPlanExpired(plan, TEST_TODAY)).toEqual([]);
    plan.meta.validUntil = '2026-06-30';
    expect(checkPlanExpired(plan, TEST_TODAY)).toEqual([
      {
        code: 'planExpired',
        severity: 'critical',
        collection: 'meta',
        recordId: 'plan',
        params: { validUntil: '2026-06-30' },
      },
    ]);
  });

  it('says nothing about dates the plan does not set', () => {
    const plan = healthyPlan();
    delete plan.meta.reviewDue;
    delete plan.meta.validUntil;
    expect([...checkReviewOverdue(plan, TEST_TODAY), ...checkPlanExpired(plan, TEST_TODAY)]).toEqual([]);
  });
});
