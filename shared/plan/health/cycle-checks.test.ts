import { describe, expect, it } from 'vitest';
import { checkPlanHealth } from './check-plan-health.js';
import { checkAdoption, checkCoverage, checkNoExerciseLastYear, checkOverdueActions } from './cycle-checks.js';
import { at, healthyPlan, TEST_TODAY } from './test-support/test-plan.js';

describe('the yearly cycle in the plan health', () => {
  it('finds nothing in a plan exercised this year, adopted, with no overdue action', () => {
    expect(checkPlanHealth(healthyPlan(), TEST_TODAY)).toEqual([]);
  });

  it('reports a critical process not exercised in three years and a scenario never exercised', () => {
    const plan = healthyPlan();
    at(plan.exercises, 0).date = '2023-11-29';
    expect(checkCoverage(plan, TEST_TODAY)).toEqual([]);
    at(plan.exercises, 0).date = '2023-11-28';
    expect(checkCoverage(plan, TEST_TODAY)).toEqual([
      expect.objectContaining({ code: 'criticalProcessNotExercised', recordId: 'proc-geboorte', params: { process: 'Aangifte geboorte', years: 3 } }),
    ]);
    at(plan.exercises, 0).status = 'planned';
    expect(checkCoverage(plan, TEST_TODAY).map((gap) => gap.code)).toEqual(['criticalProcessNotExercised', 'scenarioNeverExercised']);
  });

  it('counts a process named by an exercise, without a scenario', () => {
    const plan = healthyPlan();
    at(plan.exercises, 0).scenarioIds = [];
    expect(checkCoverage(plan, TEST_TODAY).map((gap) => gap.code)).toEqual(['criticalProcessNotExercised', 'scenarioNeverExercised']);
    at(plan.exercises, 0).processIds = ['proc-geboorte'];
    expect(checkCoverage(plan, TEST_TODAY).map((gap) => gap.code)).toEqual(['scenarioNeverExercised']);
  });

  it('reports no exercise held in the last twelve months, naming the last one', () => {
    const plan = healthyPlan();
    at(plan.exercises, 0).date = '2025-11-30';
    expect(checkNoExerciseLastYear(plan, TEST_TODAY)).toEqual([]);
    at(plan.exercises, 0).date = '2025-11-29';
    expect(checkNoExerciseLastYear(plan, TEST_TODAY)).toEqual([
      { code: 'noExerciseLastYear', severity: 'warning', collection: 'meta', recordId: 'plan', params: { lastExercise: '2025-11-29' } },
    ]);
    plan.exercises = [];
    expect(checkNoExerciseLastYear(plan, TEST_TODAY)[0]?.params).toEqual({ lastExercise: '-' });
  });

  it('reports an open action past its due day, not one due today, done or cancelled', () => {
    const plan = healthyPlan();
    const action = at(plan.improvementActions, 0);
    action.dueDate = TEST_TODAY;
    expect(checkOverdueActions(plan, TEST_TODAY)).toEqual([]);
    action.dueDate = '2026-11-01';
    expect(checkOverdueActions(plan, TEST_TODAY)).toEqual([
      expect.objectContaining({ code: 'improvementActionOverdue', collection: 'improvementActions', recordId: 'actie-1' }),
    ]);
    action.status = 'done';
    expect(checkOverdueActions(plan, TEST_TODAY)).toEqual([]);
  });

  it('reports a plan never adopted, and one changed since its adoption as main tells', () => {
    const plan = healthyPlan();
    delete plan.meta.approvedOn;
    expect(checkAdoption(plan, TEST_TODAY).map((gap) => gap.code)).toEqual(['planNeverAdopted']);
    const changed = checkPlanHealth(healthyPlan(), TEST_TODAY, { changedSinceAdoption: { revision: 12, date: '2026-10-13' } });
    expect(changed).toEqual([
      { code: 'planChangedSinceAdoption', severity: 'info', collection: 'meta', recordId: 'plan', params: { revision: 12, date: '2026-10-13' } },
    ]);
  });

  it('takes the review and valid-until days from the newest approval over those written in the details', () => {
    const plan = healthyPlan();
    plan.approvals = [
      {
        id: 'vast-1',
        body: 'college',
        date: '2025-10-01',
        revision: 3,
        contentHash: 'a'.repeat(64),
        revisionSignature: `${'A'.repeat(86)}==`,
        revisionSignerKeyid: 'b'.repeat(64),
        reviewDue: '2026-10-01',
        validUntil: '2027-10-01',
        sealKeyid: 'c'.repeat(64),
        sealSignature: `${'B'.repeat(86)}==`,
      },
    ];
    expect(checkPlanHealth(plan, TEST_TODAY).map((gap) => gap.code)).toEqual(['reviewOverdue']);
  });

  it('counts a number verified by a call-tree test as the person verified', () => {
    const plan = healthyPlan();
    const person = at(plan.people, 0);
    person.lastVerified = '2025-01-01';
    expect(checkPlanHealth(plan, TEST_TODAY).map((gap) => gap.code)).toEqual(['personVerificationStale']);
    at(person.phones, 0).lastVerified = '2026-11-20';
    expect(checkPlanHealth(plan, TEST_TODAY)).toEqual([]);
  });
});
