import type { z } from 'zod';
import { DraaiboekError, type ErrorParams } from '../../errors.js';

/** Turns the first zod issue into the stable SCHEMA_INVALID error, with the issue's path as `a.b.0`. */
export function schemaInvalid(error: z.ZodError, context: ErrorParams = {}): DraaiboekError {
  const issue = error.issues[0];
  const path = issue === undefined ? '' : issue.path.map((part) => String(part)).join('.');
  const message = issue === undefined ? 'invalid value' : issue.message;
  return new DraaiboekError('SCHEMA_INVALID', path === '' ? message : `${path}: ${message}`, { ...context, path, detail: path === '' ? message : `${path}: ${message}` });
}
