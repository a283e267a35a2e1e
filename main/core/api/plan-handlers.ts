import { DraaiboekError } from '../../../shared/errors.js';
import { createPlanService } from '../plan/plan-service.js';
import type { ApiContext, ImplementationsOf, UndoLog } from './api-context.js';
import { planMutation } from './mutation.js';
import { planViewOf } from './plan-view.js';

/** Reading the plan, changing it (each call one signed revision), and taking the last change back. */
export function planHandlers(context: ApiContext, undo: UndoLog): ImplementationsOf<'plan.current' | 'plan.apply' | 'plan.undo'> {
  const { session } = context;
  const plans = () => createPlanService(session.opened());
  const present = (_: unknown, undoTo: number | undefined) => planViewOf(session.opened(), undoTo);

  return {
    'plan.current': () => planViewOf(session.opened(), undo.peek()),

    'plan.apply': planMutation<'plan.apply', unknown>({ run: (changes) => plans().apply(changes), present }),

    'plan.undo': planMutation<'plan.undo', unknown>({
      // Taking a change back is not itself undone: the log only pops here.
      undo: 'none',
      run: async () => {
        const previous = undo.pop();
        if (previous === undefined) {
          throw new DraaiboekError('USAGE', 'nothing to undo', { detail: 'undo' });
        }
        try {
          return await plans().restore(previous);
        } catch (error) {
          undo.push(previous);
          throw error;
        }
      },
      present,
    }),
  };
}
