import type { PlanContentInput } from '../../../shared/plan/plan.js';
import samplePlan from '../../../resources/sample/voorbeeldstad.plan.json' with { type: 'json' };

/** The plan a data folder starts with when the user does not bring one: Gemeente Voorbeeldstad. */
export function samplePlanContent(): unknown {
  return structuredClone(samplePlan);
}

/** A new plan with only what the format requires, for a coordinator who starts from scratch. */
export function emptyPlanContent(): PlanContentInput {
  return {
    meta: {
      organisationName: 'Gemeente',
      title: 'Bedrijfscontinuïteitsplan',
      classification: 'Vertrouwelijk: bevat persoonsgegevens',
    },
  };
}
