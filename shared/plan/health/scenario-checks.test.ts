import { describe, expect, it } from 'vitest';
import { checkScenarioWithoutActivationCriteria, checkScenarioWithoutSteps } from './scenario-checks.js';
import { at, healthyPlan } from './test-support/test-plan.js';

describe('scenario checks', () => {
  it('reports a scenario without action steps', () => {
    const plan = healthyPlan();
    expect(checkScenarioWithoutSteps(plan)).toEqual([]);
    at(plan.scenarios, 0).steps = [];
    expect(checkScenarioWithoutSteps(plan)).toEqual([
      {
        code: 'scenarioWithoutSteps',
        severity: 'warning',
        collection: 'scenarios',
        recordId: 'scen-saas',
        params: { scenario: 'SaaS-leverancier valt uit' },
      },
    ]);
  });

  it('reports a scenario whose activation criteria are missing or blank', () => {
    const plan = healthyPlan();
    expect(checkScenarioWithoutActivationCriteria(plan)).toEqual([]);
    at(plan.scenarios, 0).activationCriteria = [''];
    expect(checkScenarioWithoutActivationCriteria(plan)).toEqual([
      {
        code: 'scenarioWithoutActivationCriteria',
        severity: 'warning',
        collection: 'scenarios',
        recordId: 'scen-saas',
        params: { scenario: 'SaaS-leverancier valt uit' },
      },
    ]);
  });
});
