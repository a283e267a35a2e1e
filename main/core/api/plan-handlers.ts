import { DraaiboekError } from '../../../shared/errors.js';
import { createPlanService } from '../plan/plan-service.js';
import type { ApiContext, ImplementationsOf, UndoLog } from './api-context.js';
import { planMutation } from './mutation.js';
import { planViewOf } from './plan-view.js';

/** Reading the plan, changing it (each call one signed revision), and taking the last change back. */
export function planHandlers(context: ApiContext, undo: UndoLog): ImplementationsOf<'plan.current' | 'plan.apply' | 'plan.undo' | 'plan.redo'> {
  const { session } = context;
  const plans = () => createPlanService(session.opened());
  const present = (_: unknown, undoTo: number | undefined) => planViewOf(session.opened(), undoTo, undo.peekRedo());
  const currentRevision = () => session.opened().store.current.revision;

  return {
    'plan.current': () => planViewOf(session.opened(), undo.peek(), undo.peekRedo()),

    'plan.apply': planMutation<'plan.apply', unknown>({ run: (changes) => plans().apply(changes), present }),

    'plan.undo': planMutation<'plan.undo', unknown>({
      // Taking a change back is not itself undone: the log only pops here.
      undo: 'none',
      run: async () => {
        const previous = undo.pop();
        if (previous === undefined) {
          throw new DraaiboekError('USAGE', 'nothing to undo', { detail: 'undo' });
        }
        const undone = currentRevision();
        try {
          const restored = await plans().restore(previous);
          undo.pushRedo(undone);
          return restored;
        } catch (error) {
          undo.push(previous);
          throw error;
        }
      },
      present,
    }),

    'plan.redo': planMutation<'plan.redo', unknown>({
      // Bringing a change back is undoable again; the logs move here, not in the mutation's wake.
      undo: 'none',
      run: async () => {
        const again = undo.popRedo();
        if (again === undefined) {
          throw new DraaiboekError('USAGE', 'nothing to redo', { detail: 'redo' });
        }
        const before = currentRevision();
        try {
          const restored = await plans().restore(again);
          undo.push(before);
          return restored;
        } catch (error) {
          undo.pushRedo(again);
          throw error;
        }
      },
      present,
    }),
  };
}
