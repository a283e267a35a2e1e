import type { PlanContent } from '../plan.js';
import { healthGap, type HealthGap } from './health-codes.js';

export function checkScenarioWithoutSteps(content: PlanContent): HealthGap[] {
  return content.scenarios
    .filter((scenario) => scenario.steps.length === 0)
    .map((scenario) => healthGap('scenarioWithoutSteps', 'scenarios', scenario.id, { scenario: scenario.name }));
}

/** Without criteria nobody can tell when to activate the scenario, so it is activated too late or never. */
export function checkScenarioWithoutActivationCriteria(content: PlanContent): HealthGap[] {
  return content.scenarios
    .filter((scenario) => scenario.activationCriteria.every((criterion) => criterion.trim() === ''))
    .map((scenario) =>
      healthGap('scenarioWithoutActivationCriteria', 'scenarios', scenario.id, { scenario: scenario.name }),
    );
}
