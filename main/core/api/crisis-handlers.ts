import { createCrisisService } from '../crisis/crisis-service.js';
import type { ApiContext, ImplementationsOf } from './api-context.js';
import { eventMutation, type Emission } from './mutation.js';

/** What the crisis screens hear after an event was written: which crisis, and how long its log is now. */
function crisisChanged(crisisId: string, eventCount: number): Emission {
  return { event: 'crisis.changed', payload: { crisisId, eventCount } };
}

/**
 * Crisis mode: the signed, append-only event log of each crisis, folded to what the screens show. Writing an
 * event is a declared mutation: the wrapper announces `crisis.changed` after the result, and nothing is undone
 * through `plan.undo` (a correction is a new event).
 */
export function crisisHandlers(context: ApiContext): ImplementationsOf<'crisis.list' | 'crisis.get' | 'crisis.start' | 'crisis.append' | 'crisis.close'> {
  const { session } = context;
  const service = () => createCrisisService(session.opened());

  return {
    'crisis.list': () => service().list(),
    'crisis.get': ({ crisisId }) => service().get(crisisId),
    'crisis.start': eventMutation<'crisis.start', Awaited<ReturnType<ReturnType<typeof service>['start']>>>({
      run: (request) => service().start(request),
      announce: (result) => crisisChanged(result.crisisId, result.view.state.eventCount),
    }),
    'crisis.append': eventMutation<'crisis.append', Awaited<ReturnType<ReturnType<typeof service>['append']>>>({
      run: ({ crisisId, event }) => service().append(crisisId, event),
      announce: (view) => crisisChanged(view.state.crisisId, view.state.eventCount),
    }),
    'crisis.close': eventMutation<'crisis.close', Awaited<ReturnType<ReturnType<typeof service>['close']>>>({
      run: (request) => service().close(request),
      announce: (view) => crisisChanged(view.state.crisisId, view.state.eventCount),
    }),
  };
}
