import { fieldValue, sameValue } from './sync/json-value.js';

/**
 * The top-level fields (the unit of merging) in which two versions of a record differ, sorted; never `id`.
 * Values compare by their canonical JSON, so key order is no change, and an absent field equals one set to
 * `undefined`.
 */
export function changedFields(before: object, after: object): string[] {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...fields]
    .filter((field) => field !== 'id' && !sameValue(fieldValue(before, field), fieldValue(after, field)))
    .sort();
}

/** Whether two versions of a record say the same thing, whatever the order of their keys. */
export function sameRecord(before: object, after: object): boolean {
  return changedFields(before, after).length === 0;
}
