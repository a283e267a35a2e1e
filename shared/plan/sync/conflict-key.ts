import type { Conflict } from '../plan.js';

/**
 * Identifies one losing edit: the field it was made to and its stamp. Ids, collection and field names cannot
 * contain a slash, so the key splits back unambiguously.
 */
export function conflictKey(conflict: Pick<Conflict, 'collection' | 'recordId' | 'field' | 'stamp'>): string {
  return `${conflict.collection}/${conflict.recordId}/${conflict.field}/${conflict.stamp}`;
}

/** Total order on keys that does not depend on the locale of the machine. */
export function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
