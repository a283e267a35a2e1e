import canonicalize from 'canonicalize';

/*
 * Plan values are JSON. Two values are the same when their canonical JSON (RFC 8785) is the same, so key order
 * never makes a change where there is none. `undefined` stands for an absent field.
 */

export function canonicalJson(value: unknown): string | undefined {
  return value === undefined ? undefined : canonicalize(value);
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return canonicalJson(a) === canonicalJson(b);
}

/** A fixed order on values, used only to break ties between equal stamps, which only damaged files contain. */
export function compareValues(a: unknown, b: unknown): number {
  const left = canonicalJson(a);
  const right = canonicalJson(b);
  if (left === right) return 0;
  if (left === undefined) return -1;
  if (right === undefined) return 1;
  return left < right ? -1 : 1;
}

export function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** The value of a field, `undefined` when it is absent (whether missing or explicitly undefined). */
export function fieldValue(record: object | undefined, field: string): unknown {
  if (record === undefined || !hasOwn(record, field)) return undefined;
  return (record as Record<string, unknown>)[field];
}
