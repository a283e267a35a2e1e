import { canonicalJson } from './json-value.js';

/**
 * Both sides of a disputed list kept: the current list in its own order, then what only the other side has, in
 * the other side's order. Items are the same when their canonical JSON is, so nothing is listed twice.
 * `undefined` when either side is not a list (an absent field counts as an empty list).
 */
export function unionOfLists(current: unknown, other: unknown): unknown[] | undefined {
  const left = current === undefined ? [] : current;
  const right = other === undefined ? [] : other;
  if (!Array.isArray(left) || !Array.isArray(right)) return undefined;
  const seen = new Set(left.map((item) => canonicalJson(item)));
  const extra = right.filter((item) => {
    const key = canonicalJson(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return [...left, ...extra];
}
