import type { ApiArgs, ApiEnvelope, ApiError, ApiMethod, ApiResult } from '../../../shared/api.js';

/** A contract call that main answered with an error envelope; `error.code` is stable, translate it. */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.code);
    this.name = 'ApiCallError';
  }
}

type AnyBridgeFunction = (...args: unknown[]) => Promise<ApiEnvelope<unknown>>;

/** Calls a contract method through `window.draaiboek` and unwraps its envelope. */
export async function callApi<M extends ApiMethod>(method: M, ...args: ApiArgs<M>): Promise<ApiResult<M>> {
  const [namespace, name] = method.split('.') as [string, string];
  const group = (window.draaiboek as unknown as Record<string, Record<string, AnyBridgeFunction>>)[namespace];
  const invoke = group?.[name];
  if (invoke === undefined) throw new ApiCallError({ code: 'INTERNAL', params: { detail: method } });
  const envelope = (await invoke(...args)) as ApiEnvelope<ApiResult<M>>;
  if (!envelope.ok) throw new ApiCallError(envelope.error);
  return envelope.value;
}

export function errorCodeOf(error: unknown): string | undefined {
  return error instanceof ApiCallError ? error.error.code : undefined;
}
