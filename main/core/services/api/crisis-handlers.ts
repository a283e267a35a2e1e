import { createCrisisService } from '../../crisis/crisis-service.js';
import type { ApiContext, ImplementationsOf } from './api-context.js';

/** Crisis mode: the signed, append-only event log of each crisis, folded to what the screens show. */
export function crisisHandlers(context: ApiContext): ImplementationsOf<'crisis.list' | 'crisis.get' | 'crisis.start' | 'crisis.append' | 'crisis.close'> {
  const { session } = context;
  const service = () => createCrisisService(session.opened());
  const changed = (crisisId: string, eventCount: number): void => context.emit('crisis.changed', { crisisId, eventCount });

  return {
    'crisis.list': () => service().list(),
    'crisis.get': ({ crisisId }) => service().get(crisisId),
    'crisis.start': async (request) => {
      const result = await service().start(request);
      changed(result.crisisId, result.view.state.eventCount);
      return result;
    },
    'crisis.append': async ({ crisisId, event }) => {
      const view = await service().append(crisisId, event);
      changed(crisisId, view.state.eventCount);
      return view;
    },
    'crisis.close': async (request) => {
      const view = await service().close(request);
      changed(request.crisisId, view.state.eventCount);
      return view;
    },
  };
}
