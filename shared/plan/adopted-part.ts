import type { PlanContent } from './plan.js';

/**
 * The content an approval adopts: everything but the approvals themselves, so recording an approval is not a
 * change to what was adopted.
 */
export function adoptedPart(content: PlanContent): Omit<PlanContent, 'approvals'> {
  const part: Partial<PlanContent> = { ...content };
  delete part.approvals;
  return part as Omit<PlanContent, 'approvals'>;
}
