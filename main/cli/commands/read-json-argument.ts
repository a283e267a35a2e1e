import type { z } from 'zod';
import { duplicateRecordIdError } from '../../../shared/plan/unique-record-ids.js';
import { DraaiboekError } from '../../../shared/errors.js';
import { readUntrustedJsonFile } from '../../core/safe-json/safe-parse.js';
import { describeZodError } from '../../core/store/describe-zod-error.js';

/** Files named on the command line are untrusted input like any other: same caps, same checks. */
export function readJsonArgument(path: string): Promise<unknown> {
  return readUntrustedJsonFile(path, { maxBytes: 128 * 1024 * 1024 });
}

/** A JSON file named on the command line, checked by the schema of what it must be: a file is an edge too. */
export async function readJsonArgumentAs<T>(path: string, schema: z.ZodType<T>, what: string, upgrade: (raw: unknown) => unknown = (raw) => raw): Promise<T> {
  const parsed = schema.safeParse(upgrade(await readJsonArgument(path)));
  if (!parsed.success) {
    // Two records under one id get their own message: it names the id and the collection.
    throw duplicateRecordIdError(parsed.error) ?? new DraaiboekError('SCHEMA_INVALID', `not a valid ${what}`, { detail: describeZodError(parsed.error) });
  }
  return parsed.data;
}
