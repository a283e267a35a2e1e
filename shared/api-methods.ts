/**
 * The names of the IPC contract's methods and events, kept free of zod so the sandboxed preload can build
 * `window.draaiboek` from them without bundling a validator. `shared/api.ts` must define exactly these.
 */
export const apiMethods = [
  'app.status',
  'app.unlock',
  'plan.current',
  'plan.apply',
  'plan.undo',
  'plan.redo',
  'history.list',
  'history.revision',
  'history.restore',
  'settings.get',
  'settings.set',
  'device.get',
  'device.rename',
  'security.atRest',
  'security.setAtRest',
  'contacts.choose',
  'contacts.apply',
  'sync.export',
  'sync.exportKit',
  'sync.chooseImport',
  'sync.receiveDropped',
  'sync.takeOpened',
  'sync.preview',
  'sync.apply',
  'sync.conflicts',
  'sync.resolve',
  'sync.log',
  'documents.preview',
  'documents.print',
  'documents.savePdf',
  'documents.saveWord',
  'documents.saveActionsCsv',
  'copies.list',
  'crisis.list',
  'crisis.get',
  'crisis.start',
  'crisis.append',
  'crisis.close',
  'crisis.export',
  'cycle.overview',
  'cycle.recordCallTreeTest',
  'cycle.approve',
  'cycle.actionsFromCrisis',
] as const;
export type ApiMethod = (typeof apiMethods)[number];

/** Events main sends to the page; the page subscribes with `window.draaiboek.<namespace>.on<Name>(listener)`. */
export const apiEvents = ['plan.changed', 'sync.opened', 'crisis.changed', 'settings.languageChanged'] as const;
export type ApiEvent = (typeof apiEvents)[number];

/** The IPC channel an event travels on: never the same as a method's, so a page cannot invoke an event. */
export function eventChannel(event: ApiEvent): string {
  return `event:${event}`;
}

/** `plan.changed` -> `onChanged`: the name of the subscribe function in `window.draaiboek.plan`. */
export function subscribeFunctionName(event: ApiEvent): string {
  const name = event.slice(event.indexOf('.') + 1);
  return `on${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}
