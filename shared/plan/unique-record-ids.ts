import type { z } from 'zod';
import { DraaiboekError } from '../errors.js';

/**
 * A record's id names it everywhere: in references, in stamps, in tombstones. Two records of one collection
 * under one id cannot both be kept (every merge, diff and edit goes by id), so such content is refused whole,
 * wherever it comes from, rather than one of the two being dropped.
 */
const DUPLICATE_ID = 'duplicate-record-id';

/** The schema check: refuses the second (and every later) record that reuses an id of its collection. */
export function uniqueRecordIds(collection: string) {
  return (records: readonly { readonly id: string }[], ctx: z.RefinementCtx): void => {
    const seen = new Set<string>();
    for (const [index, { id }] of records.entries()) {
      if (seen.has(id)) {
        ctx.addIssue({
          code: 'custom',
          message: `the id ${id} is used more than once in ${collection}`,
          path: [index, 'id'],
          params: { reason: DUPLICATE_ID, collection, id },
        });
      }
      seen.add(id);
    }
  };
}

/** The translated refusal for content whose first problem is a reused id; undefined for any other problem. */
export function duplicateRecordIdError(error: z.ZodError): DraaiboekError<'RECORD_ID_DUPLICATE'> | undefined {
  const issue = error.issues[0];
  if (issue?.code !== 'custom') return undefined;
  const params: unknown = issue.params;
  if (typeof params !== 'object' || params === null) return undefined;
  const { reason, collection, id } = params as Record<string, unknown>;
  if (reason !== DUPLICATE_ID || typeof collection !== 'string' || typeof id !== 'string') return undefined;
  return new DraaiboekError('RECORD_ID_DUPLICATE', issue.message, { collection, id, path: issue.path.map(String).join('.') });
}
