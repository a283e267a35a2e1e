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
import { appHandlers } from './api/app-handlers.js';
import { createUndoLog, type ApiContext, type ImplementationsOf } from './api/api-context.js';
import { contactsHandlers } from './api/contacts-handlers.js';
import { crisisHandlers } from './api/crisis-handlers.js';
import { crisisExportHandlers } from './api/crisis-export-handlers.js';
import { documentsHandlers } from './api/documents-handlers.js';
import { historyHandlers } from './api/history-handlers.js';
import { planHandlers } from './api/plan-handlers.js';
import { syncHandlers } from './api/sync-handlers.js';

export type { ApiContext } from './api/api-context.js';

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
    return { code, message: error.message, params };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message: detail, params: { detail } };
}

function wrap<M extends ApiMethod>(
  method: M,
  implementation: (...args: never[]) => Promise<ApiResult<M>>,
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
    try {
      const value = await implementation(...(parsed.data as never[]));
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: toApiError(error) };
    }
  };
}

/**
 * The services behind the IPC contract, one implementation for every door: the Electron shell registers
 * exactly these on ipcMain, the e2e bridge binds exactly these into the page. Each validates its arguments
 * against `shared/api.ts` before anything else runs.
 */
export function createApiHandlers(context: ApiContext): ApiHandlers {
  const undo = createUndoLog();
  const implementations: ImplementationsOf<ApiMethod> = {
    ...appHandlers(context),
    ...planHandlers(context, undo),
    ...historyHandlers(context, undo),
    ...contactsHandlers(context, undo),
    ...documentsHandlers(context),
    ...syncHandlers(context, undo),
    ...crisisHandlers(context),
    ...crisisExportHandlers(context),
  };
  const handlers: Partial<Record<ApiMethod, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const method of apiMethods) handlers[method] = wrap(method, implementations[method]);
  return handlers as ApiHandlers;
}
