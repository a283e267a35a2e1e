import { DraaiboekError, errorCodes, type ErrorCode, type ErrorParams } from '../../../shared/errors.js';

/** What the main thread asks of the parse worker. */
export interface ParseRequest {
  readonly id: number;
  readonly task: string;
  readonly input: unknown;
}

/** An error as it crosses from the worker: a DraaiboekError keeps its code and parameters. */
export type SentError =
  | { readonly kind: 'draaiboek'; readonly code: string; readonly message: string; readonly params: ErrorParams }
  | { readonly kind: 'other'; readonly message: string };

export type ParseResponse =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly error: SentError };

export function sendableError(error: unknown): SentError {
  if (error instanceof DraaiboekError) return { kind: 'draaiboek', code: error.code, message: error.message, params: error.params };
  return { kind: 'other', message: error instanceof Error ? error.message : String(error) };
}

const knownCodes: ReadonlySet<string> = new Set(errorCodes);

/** The error again on this side: a DraaiboekError as the caller would have caught it without the worker. */
export function receivedError(sent: SentError): Error {
  if (sent.kind === 'draaiboek' && knownCodes.has(sent.code)) {
    return DraaiboekError.revive(sent.code as ErrorCode, sent.message, sent.params);
  }
  return new Error(`the parse worker failed: ${sent.message}`);
}
