import canonicalize from 'canonicalize';
import { DraaiboekError } from '../../../shared/errors.js';

/** Marks a value the fast path does not handle; the reference implementation takes it instead. */
const UNSUPPORTED = Symbol('unsupported');

const MAX_FAST_DEPTH = 128;

/** Keys that JavaScript orders numerically before all others, whatever order they were added in. */
const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;

function isArrayIndex(key: string): boolean {
  const first = key.charCodeAt(0);
  // Most keys start with a letter: no need to run the pattern on them.
  if (!(first >= 48 && first <= 57)) return false;
  return ARRAY_INDEX.test(key) && Number(key) < 2 ** 32 - 1;
}

/**
 * The value with every object's keys in JCS order (UTF-16 code units), or UNSUPPORTED. For plain JSON data
 * without array-index keys, `JSON.stringify` of the result is exactly RFC 8785: the same number and string
 * serialization, and insertion order is property order. Anything else (array-index keys, lone surrogates,
 * non-finite numbers, undefined, class instances, toJSON) is left to the reference library.
 *
 * A plan is mostly made of records read from canonical files, whose keys are in order already: those are
 * returned as they are, and only an object out of order (a record just edited) and the containers above it
 * are copied. That spares a save of a large plan a copy of everything it holds.
 */
function keySorted(value: unknown, depth = 0): unknown {
  // Deep or cyclic values go to the reference library, which reports cycles properly.
  if (depth > MAX_FAST_DEPTH) return UNSUPPORTED;
  switch (typeof value) {
    case 'string':
      return value.isWellFormed() ? value : UNSUPPORTED;
    case 'number':
      return Number.isFinite(value) ? value : UNSUPPORTED;
    case 'boolean':
      return value;
    case 'object':
      if (value === null) return null;
      return Array.isArray(value) ? keySortedArray(value as unknown[], depth) : keySortedRecord(value, depth);
    default:
      return UNSUPPORTED;
  }
}

function keySortedArray(array: readonly unknown[], depth: number): unknown {
  let copy: unknown[] | undefined;
  for (let index = 0; index < array.length; index += 1) {
    const item = array[index];
    const sorted = keySorted(item, depth + 1);
    if (sorted === UNSUPPORTED) return UNSUPPORTED;
    if (sorted !== item && copy === undefined) copy = array.slice(0, index);
    copy?.push(sorted);
  }
  return copy ?? array;
}

/**
 * Sorts keys by UTF-16 code units, as `<` compares strings. Records have a handful of keys, where an
 * insertion sort with `<` is several times quicker than the engine's general sort.
 */
function sortKeys(keys: string[]): void {
  if (keys.length > 24) {
    keys.sort();
    return;
  }
  for (let index = 1; index < keys.length; index += 1) {
    const key = keys[index] as string;
    let place = index - 1;
    while (place >= 0 && key < (keys[place] as string)) {
      keys[place + 1] = keys[place] as string;
      place -= 1;
    }
    keys[place + 1] = key;
  }
}

function keySortedRecord(value: object, depth: number): unknown {
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return UNSUPPORTED;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  let inOrder = true;
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index] as string;
    // `copy['__proto__'] = x` would set the prototype rather than add a key.
    if (isArrayIndex(key) || key === '__proto__' || !key.isWellFormed()) return UNSUPPORTED;
    if (index > 0 && !((keys[index - 1] as string) < key)) inOrder = false;
  }
  if (!inOrder) sortKeys(keys);
  let copy: Record<string, unknown> | undefined;
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index] as string;
    const item = record[key];
    const sorted = keySorted(item, depth + 1);
    if (sorted === UNSUPPORTED) return UNSUPPORTED;
    if (copy === undefined && (sorted !== item || !inOrder)) {
      copy = {};
      for (let earlier = 0; earlier < index; earlier += 1) copy[keys[earlier] as string] = record[keys[earlier] as string];
    }
    if (copy !== undefined) copy[key] = sorted;
  }
  return copy ?? record;
}

function canonicalizeWithReference(value: unknown): string {
  let text: string | undefined;
  try {
    text = canonicalize(value);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DraaiboekError('SCHEMA_INVALID', `the value cannot be written as canonical JSON: ${reason}`, { reason, detail: reason });
  }
  if (text === undefined) {
    throw new DraaiboekError('SCHEMA_INVALID', 'the value has no JSON form', { reason: typeof value, detail: typeof value });
  }
  return text;
}

/**
 * RFC 8785 (JCS) canonical JSON: the one byte sequence that signatures cover, so a file that is re-indented or
 * has its keys reordered still verifies. Refuses what JSON cannot say exactly: lone surrogates, NaN, Infinity,
 * cycles, values with no JSON form at all.
 *
 * Plans are canonicalized on every save and every open, and the `canonicalize` package walks values one by
 * one (about 12x the time of JSON.stringify on a 10 MB plan). Plain data takes a fast path through the
 * engine's own serializer (about 2x); the package stays the reference for everything else, and a property
 * test holds the two equal.
 */
export function canonicalJson(value: unknown): string {
  const sorted = keySorted(value);
  if (sorted === UNSUPPORTED) return canonicalizeWithReference(value);
  return JSON.stringify(sorted);
}

/** What data must be to be written the way it was parsed: how deep it may nest, which keys it may not hold. */
export interface ParsedDataRules {
  /** Containers nested at most this deep; a top-level `[]` is one. */
  readonly maxNesting: number;
  /** Keys refused anywhere; `__proto__` always is. */
  readonly forbiddenKeys: ReadonlySet<string>;
}

/**
 * Whether data as JSON.parse makes it has every object's keys in JCS order (UTF-16 code units, which is what
 * `<` compares on strings), strictly, and keeps to the rules. Only for parsed data: it has no accessors,
 * prototypes, or values JSON cannot hold.
 */
function isParsedDataInCanonicalOrder(value: unknown, rules: ParsedDataRules, depth: number): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (depth >= rules.maxNesting) return false;
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) if (!isParsedDataInCanonicalOrder(item, rules, depth + 1)) return false;
    return true;
  }
  const record = value as Record<string, unknown>;
  let previous: string | undefined;
  // for-in rather than Object.keys: no array per object, and the same order.
  for (const key in record) {
    if ((previous !== undefined && !(previous < key)) || key === '__proto__' || rules.forbiddenKeys.has(key)) return false;
    previous = key;
    if (!isParsedDataInCanonicalOrder(record[key], rules, depth + 1)) return false;
  }
  return true;
}

/** JSON.stringify writes a lone surrogate as this escape; canonical text of well-formed strings never has it. */
const SURROGATE_ESCAPE = '\\ud';

/**
 * The canonical form of data as JSON.parse makes it, when its keys are already in JCS order; undefined for
 * anything else: keys out of order, data that breaks the rules, or what may be a lone surrogate (refused on
 * the mere look of one, as this is for telling whether text is canonical, and only ever costs taking the
 * careful way). Then `JSON.stringify` of the value itself is the canonical form, with no sorted copy made.
 */
export function canonicalJsonOfParsedData(value: unknown, rules: ParsedDataRules): string | undefined {
  if (!isParsedDataInCanonicalOrder(value, rules, 0)) return undefined;
  const text = JSON.stringify(value);
  return text.includes(SURROGATE_ESCAPE) ? undefined : text;
}

/** The reference implementation alone, for tests that hold the fast path to it. */
export function canonicalJsonByReference(value: unknown): string {
  return canonicalizeWithReference(value);
}
