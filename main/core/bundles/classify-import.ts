import { planContentSchema, type PlanContent, type SignedPlan, type VersionVector } from '../../../shared/plan/plan.js';
import { normalizeContent } from '../../../shared/plan/sync/index.js';
import { emptyPlanContent, samplePlanContent } from '../data-dir/new-plan-content.js';
import { sameValue } from '../../../shared/plan/sync/json-value.js';

/**
 * What an incoming plan is to this folder:
 * - `adopt`: the folder has no plan of its own yet (none, or an untouched starting plan): it takes this one;
 * - `merge`: the same plan, and the incoming copy knows edits this folder has not seen;
 * - `same`: the same plan, and both copies know exactly the same edits;
 * - `older`: the same plan, and every edit the incoming copy knows this folder has already seen, and more: a
 *   rollback, refused;
 * - `other-plan`: another plan, never mixed in.
 */
export type ImportKind = 'adopt' | 'merge' | 'older' | 'same' | 'other-plan';

/**
 * How two copies of one plan relate. Revision numbers count per laptop (each folder numbers its own saves),
 * so they cannot tell two laptops' copies apart. The version vectors can: per device, the latest edit a copy
 * has seen. `incoming` knows something new exactly when, for some device, its stamp is later than ours.
 */
export function compareVersionVectors(incoming: VersionVector, local: VersionVector): 'equal' | 'incoming-behind' | 'incoming-new' {
  const knowsMore = (a: VersionVector, b: VersionVector): boolean =>
    Object.entries(a).some(([node, stamp]) => {
      const other = b[node];
      return other === undefined || other < stamp;
    });
  if (knowsMore(incoming, local)) return 'incoming-new';
  return knowsMore(local, incoming) ? 'incoming-behind' : 'equal';
}

let startingContents: PlanContent[] | undefined;

/** The plans a folder starts with when nobody brought one: the empty plan and the sample plan. */
function startingPlans(): PlanContent[] {
  startingContents ??= [emptyPlanContent(), samplePlanContent()].map((raw) => normalizeContent(planContentSchema.parse(raw)));
  return startingContents;
}

/**
 * A plan nobody worked on: the first revision of this folder, still exactly a starting plan. Any edit, import
 * or restore makes a later revision, so a plan of the organisation's own is never taken for one.
 */
export function isUntouchedStartingPlan(current: SignedPlan): boolean {
  if (current.revision !== 1) return false;
  const content = normalizeContent(current.plan.content);
  return startingPlans().some((start) => sameValue(start, content));
}

export function classifyImport(current: SignedPlan | undefined, incoming: SignedPlan): ImportKind {
  if (current !== undefined && current.planId === incoming.planId) {
    const relation = compareVersionVectors(incoming.plan.sync.versionVector, current.plan.sync.versionVector);
    if (relation === 'incoming-new') return 'merge';
    return relation === 'equal' ? 'same' : 'older';
  }
  if (current === undefined || isUntouchedStartingPlan(current)) return 'adopt';
  return 'other-plan';
}
