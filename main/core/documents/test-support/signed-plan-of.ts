import { planContentSchema, PLAN_TYPE, SPEC_VERSION, type SignedPlan } from '../../../../shared/plan/plan.js';
import { samplePlanContent } from '../../data-dir/new-plan-content.js';

/**
 * A signed-plan value around given content, without a data folder or a key: documents read only the value,
 * so tests and the benchmark need not pay for a store. The signature itself is checked by the store's tests.
 */
export function signedPlanOf(content: unknown, revision = 7): SignedPlan {
  return {
    _type: PLAN_TYPE,
    specVersion: SPEC_VERSION,
    planId: '8f0e5a52-3c1b-4d5e-9a77-0b1c2d3e4f50',
    revision,
    savedAt: '2026-11-29T15:00:00.000Z',
    plan: {
      content: planContentSchema.parse(content),
      sync: { stamps: {}, tombstones: {}, versionVector: {}, conflicts: [] },
    },
  };
}

export function sampleSignedPlan(): SignedPlan {
  return signedPlanOf(samplePlanContent());
}
