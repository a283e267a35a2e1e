import { sameValue } from '../../../shared/plan/sync/json-value.js';

/**
 * How one field changed, as a reader wants to see it: for a list (phone numbers, steps) only the entries that
 * went and came, not the whole list twice; for anything else the old and the new value.
 */
export type ShownFieldChange =
  | { readonly kind: 'list'; readonly removed: readonly unknown[]; readonly added: readonly unknown[] }
  | { readonly kind: 'value'; readonly before: unknown; readonly after: unknown };

function missingFrom(items: readonly unknown[], other: readonly unknown[]): unknown[] {
  const left = [...other];
  const missing: unknown[] = [];
  for (const item of items) {
    const index = left.findIndex((candidate) => sameValue(candidate, item));
    if (index === -1) missing.push(item);
    else left.splice(index, 1);
  }
  return missing;
}

export function fieldChange(before: unknown, after: unknown): ShownFieldChange {
  if (Array.isArray(before) && Array.isArray(after)) {
    const removed = missingFrom(before, after);
    const added = missingFrom(after, before);
    // A list only reordered has nothing gone or come: show it whole.
    if (removed.length > 0 || added.length > 0) return { kind: 'list', removed, added };
  }
  return { kind: 'value', before, after };
}
