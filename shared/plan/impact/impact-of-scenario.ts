import { DraaiboekError } from '../../errors.js';
import type { PlanContent } from '../plan.js';
import { analyseImpact } from './analyse-impact.js';
import type { ImpactResult } from './impact-types.js';

/** The impact of a scenario: what it takes away, as the scenario itself lists it. */
export function impactOfScenario(content: PlanContent, scenarioId: string): ImpactResult {
  const scenario = content.scenarios.find((candidate) => candidate.id === scenarioId);
  if (scenario === undefined) {
    throw new DraaiboekError('RECORD_NOT_FOUND', `No scenario with id ${scenarioId} in the plan.`, {
      collection: 'scenarios',
      id: scenarioId,
    });
  }
  return analyseImpact(content, {
    applicationIds: scenario.unavailableApplicationIds,
    supplierIds: scenario.unavailableSupplierIds,
    locationIds: scenario.unavailableLocationIds,
    roleIds: scenario.unavailableRoleIds,
  });
}
