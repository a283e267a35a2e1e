/**
 * The names of the IPC contract's methods, kept free of zod so the sandboxed preload can build
 * `window.draaiboek` from them without bundling a validator. `shared/api.ts` must define exactly these.
 */
export const apiMethods = ['plan.summary'] as const;
export type ApiMethod = (typeof apiMethods)[number];
