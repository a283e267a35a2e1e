import type { ApiMethod } from '../../../shared/api.js';
import type { ApiContext, UndoLog } from './api-context.js';
import type { Emission, Mutation } from './mutation.js';

/** The plan's revision when there is a plan to trust; a refused plan has none (restoring one is the way out). */
function revisionIfReady(context: ApiContext): number | undefined {
  const opened = context.session.status().state === 'ready' ? context.session.opened() : undefined;
  const status = opened?.store.status;
  return status?.state === 'ready' ? status.file.signed.revision : undefined;
}

/**
 * What follows every mutation, in this order: the change; the undo log (only when the plan's revision moved);
 * the result; then, once the result has been handed back, the event. The page thus receives the result before
 * the event announcing it, so it never fetches a plan it is about to be given.
 */
export async function runMutation(
  context: ApiContext,
  undo: UndoLog,
  mutation: Mutation<ApiMethod, unknown>,
  args: never[],
): Promise<{ readonly value: unknown; readonly emission: Emission | undefined; readonly followUps: readonly Emission[] }> {
  const before = revisionIfReady(context);
  const outcome = await (mutation.run as (...parsed: never[]) => Promise<unknown>)(...args);
  let emission: Emission | undefined;
  if (mutation.announce !== undefined) {
    emission = mutation.announce(outcome);
  } else {
    const after = revisionIfReady(context);
    if (after !== undefined && after !== before) {
      if (mutation.undo === 'push' && before !== undefined) undo.push(before);
      if (mutation.undo === 'forget') while (undo.pop() !== undefined);
      if (mutation.undo !== 'none') undo.clearRedo();
      emission = { event: 'plan.changed', payload: { revision: after } };
    }
  }
  const followUps = mutation.alsoAnnounce?.(outcome) ?? [];
  try {
    return { value: await mutation.present(outcome, undo.peek()), emission, followUps };
  } catch (error) {
    // The change is durable even though its result could not be built: the page must still hear of it.
    if (emission !== undefined) announceLater(context, emission);
    for (const followUp of followUps) announceLater(context, followUp);
    throw error;
  }
}

/** After the current call has resolved (and its reply gone out), never before. */
export function announceLater(context: ApiContext, emission: Emission): void {
  setImmediate(() => {
    context.emit(emission.event, emission.payload as never);
  });
}
