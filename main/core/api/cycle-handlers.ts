import { createCycleService } from '../cycle/cycle-service.js';
import type { ApiContext, ImplementationsOf } from './api-context.js';
import { planMutation } from './mutation.js';
import { planViewOf } from './plan-view.js';

/**
 * The plan's yearly cycle. Exercises and actions are ordinary records (`plan.apply`); these are the changes
 * that touch several records at once, each one revision that `plan.undo` takes back, and the overview.
 */
export function cycleHandlers(
  context: ApiContext,
): ImplementationsOf<'cycle.overview' | 'cycle.recordCallTreeTest' | 'cycle.approve' | 'cycle.actionsFromCrisis'> {
  const { session } = context;
  const cycle = () => createCycleService(session.opened());
  const present = (_: unknown, undoTo: number | undefined) => planViewOf(session.opened(), undoTo);

  return {
    'cycle.overview': () => cycle().overview(),
    'cycle.recordCallTreeTest': planMutation<'cycle.recordCallTreeTest', unknown>({
      run: (test) => cycle().recordCallTreeTest(test, context.language.current()),
      present,
    }),
    'cycle.approve': planMutation<'cycle.approve', unknown>({ run: (request) => cycle().approve(request), present }),
    'cycle.actionsFromCrisis': planMutation<'cycle.actionsFromCrisis', unknown>({
      run: (request) => cycle().actionsFromCrisis(request),
      present,
    }),
  };
}
