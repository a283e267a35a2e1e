import { z } from 'zod';
import { apiMethods, type ApiMethod } from './api-methods.js';
import { errorCodes } from './errors.js';

export { apiMethods, type ApiMethod };

/**
 * The one IPC contract between the renderer and main: method name -> zod schemas of its argument and its
 * result. The preload exposes exactly these names, main validates every argument against them, and the
 * renderer's types are inferred from them.
 */
export const planSummarySchema = z.strictObject({
  organisationName: z.string(),
  title: z.string(),
  classification: z.string(),
  revision: z.number().int(),
  savedAt: z.string(),
  signerFingerprint: z.string(),
  reviewDue: z.string().optional(),
  healthGapCount: z.number().int().min(0),
});
export type PlanSummary = z.infer<typeof planSummarySchema>;

interface Endpoint {
  readonly args: z.ZodTuple;
  readonly result: z.ZodType;
}

export const api = {
  'plan.summary': { args: z.tuple([]), result: planSummarySchema },
} as const satisfies Record<ApiMethod, Endpoint>;

// Every name in api-methods.ts has an endpoint (above), and every endpoint is named there (here).
type UnnamedEndpoint = Exclude<keyof typeof api, ApiMethod>;
const everyEndpointIsNamed: [UnnamedEndpoint] extends [never] ? true : false = true;
void everyEndpointIsNamed;

export type ApiArgs<M extends ApiMethod> = z.infer<(typeof api)[M]['args']>;
export type ApiResult<M extends ApiMethod> = z.infer<(typeof api)[M]['result']>;

export const apiErrorSchema = z.strictObject({
  code: z.enum(errorCodes),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/** Results cross IPC as values, never as thrown exceptions. */
export type ApiEnvelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** `window.draaiboek`: one async function per contract method, named after it (`plan.summary` -> plan.summary). */
export type DraaiboekBridge = {
  [Namespace in ApiMethod extends `${infer N}.${string}` ? N : never]: {
    [M in ApiMethod as M extends `${Namespace}.${infer Name}` ? Name : never]: (
      ...args: ApiArgs<M>
    ) => Promise<ApiEnvelope<ApiResult<M>>>;
  };
};
