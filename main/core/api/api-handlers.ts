import {
  api,
  apiMethods,
  type ApiEnvelope,
  type ApiError,
  type ApiMethod,
  type ApiResult,
} from '../../../shared/api.js';
import { DraaiboekError, errorCodes, type ErrorCode } from '../../../shared/errors.js';
import { describeZodError } from '../store/describe-zod-error.js';
import { appHandlers } from './app-handlers.js';
import { createUndoLog, type ApiContext, type ApiContextInit, type ImplementationsOf, type UndoLog } from './api-context.js';
import { contactsHandlers } from './contacts-handlers.js';
import { crisisHandlers } from './crisis-handlers.js';
import { crisisExportHandlers } from './crisis-export-handlers.js';
import { cycleHandlers } from './cycle-handlers.js';
import { documentsHandlers } from './documents-handlers.js';
import { historyHandlers } from './history-handlers.js';
import type { Mutation } from './mutation.js';
import { announceLater, runMutation } from './run-mutation.js';
import { planHandlers } from './plan-handlers.js';
import { syncHandlers } from './sync-handlers.js';
import { createLanguageOwner } from './language-owner.js';

export type { ApiContext, ApiContextInit } from './api-context.js';

/** What each door calls: untrusted arguments in, an envelope out, never a thrown exception. */
export type ApiHandlers = { readonly [M in ApiMethod]: (...args: unknown[]) => Promise<ApiEnvelope<ApiResult<M>>> };

const knownCodes: ReadonlySet<string> = new Set(errorCodes);

function toApiError(error: unknown): ApiError {
  if (error instanceof DraaiboekError) {
    const params = Object.fromEntries(
      Object.entries(error.params).filter((entry): entry is [string, string | number] =>
        ['string', 'number'].includes(typeof entry[1]),
      ),
    );
    const code: ErrorCode = knownCodes.has(error.code) ? error.code : 'INTERNAL';
    return { code, params };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', params: { detail } };
}

type AnyImplementation = ((...args: never[]) => Promise<unknown>) | Mutation<ApiMethod, unknown>;

function wrap<M extends ApiMethod>(
  method: M,
  context: ApiContext,
  undo: UndoLog,
  implementation: AnyImplementation,
): (...args: unknown[]) => Promise<ApiEnvelope<ApiResult<M>>> {
  const schema = api[method].args;
  return async (...args) => {
    const parsed = schema.safeParse(args);
    if (!parsed.success) {
      return {
        ok: false,
        error: toApiError(new DraaiboekError('SCHEMA_INVALID', `bad arguments for ${method}`, { detail: describeZodError(parsed.error) })),
      };
    }
    const parsedArgs = parsed.data as never[];
    try {
      if (typeof implementation === 'function') {
        return { ok: true, value: (await implementation(...parsedArgs)) as ApiResult<M> };
      }
      const { value, emission, followUps } = await runMutation(context, undo, implementation, parsedArgs);
      if (emission !== undefined) announceLater(context, emission);
      for (const followUp of followUps) announceLater(context, followUp);
      return { ok: true, value: value as ApiResult<M> };
    } catch (error) {
      return { ok: false, error: toApiError(error) };
    }
  };
}

/**
 * The services behind the IPC contract, one implementation for every door: the Electron shell registers
 * exactly these on ipcMain, the e2e bridge binds exactly these into the page. Each validates its arguments
 * against `shared/api.ts` before anything else runs; a declared mutation is then run by `runMutation`.
 */
export function createApiHandlers(init: ApiContextInit): ApiHandlers {
  const context = { ...init, language: init.language ?? createLanguageOwner(init.session.dataDir, init.defaultLanguage) };
  const undo = createUndoLog();
  const implementations: ImplementationsOf<ApiMethod> = {
    ...appHandlers(context),
    ...planHandlers(context, undo),
    ...historyHandlers(context),
    ...contactsHandlers(context),
    ...documentsHandlers(context),
    ...syncHandlers(context),
    ...crisisHandlers(context),
    ...crisisExportHandlers(context),
    ...cycleHandlers(context),
  };
  const handlers: Partial<Record<ApiMethod, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const method of apiMethods) handlers[method] = wrap(method, context, undo, implementations[method] as AnyImplementation);
  return handlers as ApiHandlers;
}
