import { DraaiboekError } from '../../errors.js';
import type { PlanContent } from '../plan.js';
import type { Scenario } from '../entities.js';
import { analyseImpact } from './analyse-impact.js';
import type { ImpactResult, Unavailable } from './impact-types.js';

/** What a scenario takes away, as the scenario itself lists it. */
export function unavailableInScenario(scenario: Scenario): Unavailable {
  return {
    applicationIds: scenario.unavailableApplicationIds,
    supplierIds: scenario.unavailableSupplierIds,
    locationIds: scenario.unavailableLocationIds,
    roleIds: scenario.unavailableRoleIds,
  };
}

/** The impact of a scenario: what it takes away, as the scenario itself lists it. */
export function impactOfScenario(content: PlanContent, scenarioId: string): ImpactResult {
  const scenario = content.scenarios.find((candidate) => candidate.id === scenarioId);
  if (scenario === undefined) {
    throw new DraaiboekError('RECORD_NOT_FOUND', `No scenario with id ${scenarioId} in the plan.`, {
      collection: 'scenarios',
      id: scenarioId,
    });
  }
  return analyseImpact(content, unavailableInScenario(scenario));
}
