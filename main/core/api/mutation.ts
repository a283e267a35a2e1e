import type { ApiArgs, ApiEvent, ApiEventPayload, ApiMethod, ApiResult } from '../../../shared/api.js';

/** One event main sends, with its payload. */
export type Emission = { [E in ApiEvent]: { readonly event: E; readonly payload: ApiEventPayload<E> } }[ApiEvent];

/**
 * A use case that changes something, declared rather than wired: `createApiHandlers` runs it, then does what
 * follows every change in one place (the undo log, the event), so no handler can forget it or do it early.
 */
export interface Mutation<M extends ApiMethod, T> {
  readonly kind: 'mutation';
  /** The change itself. When it throws, nothing follows: no undo entry, no event. */
  run(...args: ApiArgs<M>): Promise<T>;
  /**
   * What the page gets back, built after the undo log was updated (so `undoTo`, the revision `plan.undo` would
   * return to, already covers this change). Method syntax on purpose: each declaration narrows `T`, and the
   * handler map holds them all.
   */
  present(outcome: T, undoTo: number | undefined): Promise<ApiResult<M>>;
  /**
   * A plan mutation (`announce` absent): when the plan's revision moved, `push` records the revision before
   * for `plan.undo`, `forget` empties the log, `none` leaves it; `plan.changed` follows with the new revision.
   */
  readonly undo: 'push' | 'forget' | 'none';
  /** A mutation outside the plan (no undo): the event to send for its outcome, if anything changed. */
  announce?(outcome: T): Emission | undefined;
  /** Events beside the main one that the outcome calls for (a bundle's crisis logs, say), sent after it. */
  alsoAnnounce?(outcome: T): readonly Emission[];
}

/** A change to the plan: undoable unless told otherwise, announced with `plan.changed` when the revision moved. */
export function planMutation<M extends ApiMethod, T>(declaration: {
  readonly run: (...args: ApiArgs<M>) => Promise<T>;
  readonly present: (outcome: T, undoTo: number | undefined) => Promise<ApiResult<M>>;
  readonly undo?: 'push' | 'forget' | 'none';
  readonly alsoAnnounce?: (outcome: T) => readonly Emission[];
}): Mutation<M, T> {
  return {
    kind: 'mutation',
    run: declaration.run,
    present: declaration.present,
    undo: declaration.undo ?? 'push',
    ...(declaration.alsoAnnounce === undefined ? {} : { alsoAnnounce: declaration.alsoAnnounce }),
  };
}

/** A change that announces itself with its own event (a crisis log, say) and is not undone through `plan.undo`. */
export function eventMutation<M extends ApiMethod, T extends ApiResult<M>>(declaration: {
  readonly run: (...args: ApiArgs<M>) => Promise<T>;
  readonly announce: (outcome: T) => Emission | undefined;
}): Mutation<M, T> {
  return {
    kind: 'mutation',
    run: declaration.run,
    present: (outcome) => Promise.resolve(outcome),
    undo: 'none',
    announce: declaration.announce,
  };
}
