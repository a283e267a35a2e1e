import { describe, expect, it } from 'vitest';
import { planWithEveryGap } from './test-support/broken-plan.js';
import { checkPlanHealth } from './check-plan-health.js';
import { healthCodeList, healthCodes, healthSeverities } from './health-codes.js';
import { at, healthyPlan, TEST_TODAY } from './test-support/test-plan.js';

describe('checkPlanHealth', () => {
  it('finds nothing in a healthy plan', () => {
    expect(checkPlanHealth(healthyPlan(), TEST_TODAY)).toEqual([]);
  });

  it('finds every kind of gap in a plan that has them all', () => {
    // Changed since its adoption is what main tells (it hashes the content); a plan never adopted cannot be.
    const changed = { changedSinceAdoption: { revision: 3, date: '2026-01-10' } };
    const gaps = [...checkPlanHealth(planWithEveryGap(), TEST_TODAY), ...checkPlanHealth(planWithEveryGap(), TEST_TODAY, changed)];
    const codes = new Set(gaps.map((gap) => gap.code));
    expect([...codes].sort()).toEqual([...healthCodeList].sort());
  });

  it('gives every gap the params its code declares', () => {
    for (const gap of checkPlanHealth(planWithEveryGap(), TEST_TODAY)) {
      expect(Object.keys(gap.params).sort(), gap.code).toEqual([...healthCodes[gap.code].params].sort());
      expect(gap.severity).toBe(healthCodes[gap.code].severity);
    }
  });

  it('orders gaps by severity, then code, then record id, the same on every run', () => {
    const gaps = checkPlanHealth(planWithEveryGap(), TEST_TODAY);
    const keys = gaps.map((gap) => [healthSeverities.indexOf(gap.severity), gap.code, gap.recordId] as const);
    const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || text(a[1], b[1]) || text(a[2], b[2]));
    expect(keys).toEqual(sorted);
    expect(at(gaps, 0).severity).toBe('critical');
    expect(at(gaps, gaps.length - 1).severity).toBe('info');
    const reversed = planWithEveryGap();
    for (const name of ['people', 'roles', 'callTree', 'processes', 'scenarios', 'organisations'] as const) {
      reversed[name].reverse();
    }
    expect(checkPlanHealth(reversed, TEST_TODAY).map((gap) => [gap.code, gap.recordId])).toEqual(
      gaps.map((gap) => [gap.code, gap.recordId]),
    );
  });

  it('does not change the plan it reads', () => {
    const plan = planWithEveryGap();
    const before = JSON.stringify(plan);
    checkPlanHealth(plan, TEST_TODAY);
    expect(JSON.stringify(plan)).toBe(before);
  });
});
