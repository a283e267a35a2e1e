import { DraaiboekError } from '../../../shared/errors.js';

/**
 * The code of the DraaiboekError an action rejects with, or undefined when it succeeds. Any other error is
 * named as such, so a test expecting a code fails with something readable.
 */
export async function rejectionCode(action: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await action();
  } catch (error) {
    return error instanceof DraaiboekError ? error.code : `not a DraaiboekError: ${String(error)}`;
  }
  return undefined;
}
