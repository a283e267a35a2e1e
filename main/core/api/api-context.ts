import type { ApiArgs, ApiEvent, ApiEventPayload, ApiMethod, ApiResult } from '../../../shared/api.js';
import type { Language } from '../../../shared/i18n/translate.js';
import type { AppSession } from './app-session.js';
import type { LanguageOwner } from './language-owner.js';
import type { Mutation } from './mutation.js';

/** What the handlers behind the contract work with, whichever door (IPC, e2e bridge) calls them. */
export interface ApiContext {
  readonly session: AppSession;
  /** Tell every page of the app; the Electron shell sends it over IPC, the e2e bridge into the page. */
  readonly emit: <E extends ApiEvent>(event: E, payload: ApiEventPayload<E>) => void;
  /** The language the UI starts in before the user chose one (from the OS locale). */
  readonly defaultLanguage: Language;
  /** Main's one owner of the language; the shell passes its own so its menu and dialogs follow the page. */
  readonly language: LanguageOwner;
}

/** What a door hands to `createApiHandlers`: without a language owner, one is made for the session's folder. */
export type ApiContextInit = Omit<ApiContext, 'language'> & { readonly language?: LanguageOwner };

/**
 * Revisions this session saved, newest last: what `plan.undo` can take back; and the revisions undo took
 * back, what `plan.redo` can bring again until a new change is made. Kept in memory on purpose.
 */
export interface UndoLog {
  push(revisionBefore: number): void;
  pop(): number | undefined;
  /** The revision the next `pop` returns, left in place. */
  peek(): number | undefined;
  readonly size: number;
  /** The revision an undo just left: redo returns to it. */
  pushRedo(revisionUndone: number): void;
  popRedo(): number | undefined;
  peekRedo(): number | undefined;
  /** A new change forks from what was undone: nothing is left to redo. */
  clearRedo(): void;
}

export function createUndoLog(limit = 100): UndoLog {
  const revisions: number[] = [];
  const undone: number[] = [];
  return {
    push(revision) {
      revisions.push(revision);
      if (revisions.length > limit) revisions.shift();
    },
    pop: () => revisions.pop(),
    peek: () => revisions.at(-1),
    get size() {
      return revisions.length;
    },
    pushRedo(revision) {
      undone.push(revision);
      if (undone.length > limit) undone.shift();
    },
    popRedo: () => undone.pop(),
    peekRedo: () => undone.at(-1),
    clearRedo() {
      undone.length = 0;
    },
  };
}

/** One use case per contract method, arguments already validated against the contract. */
export type Implementation<M extends ApiMethod> = (...args: ApiArgs<M>) => Promise<ApiResult<M>>;
/** A reading use case is a plain function; a changing one is a declared `Mutation` (see mutation.ts). */
export type ImplementationsOf<M extends ApiMethod> = { [K in M]: Implementation<K> | Mutation<K, unknown> };
