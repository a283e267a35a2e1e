import type { ImprovementAction } from '../plan/cycle-records.js';
import type { IsoDate } from '../plan/primitives.js';
import type { PlanContent } from '../plan/plan.js';

/** An action still to be done: open or in progress. */
export function isOpenAction(action: ImprovementAction): boolean {
  return action.status === 'open' || action.status === 'in-progress';
}

/** An open action whose due day has passed (due today is not yet overdue). */
export function isOverdueAction(action: ImprovementAction, today: IsoDate): boolean {
  return isOpenAction(action) && action.dueDate !== undefined && action.dueDate < today;
}

export function openActions(content: PlanContent): ImprovementAction[] {
  return content.improvementActions.filter(isOpenAction);
}
