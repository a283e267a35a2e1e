/**
 * One quick pass over JSON text that looks only at its shape: how deep containers nest and which keys each
 * object holds. It does not check the grammar (native `JSON.parse` does that afterwards, far faster than any
 * JavaScript could), so on text that is not valid JSON its findings are only hints.
 */

export type StructureFinding =
  | { kind: 'too-deep'; offset: number; depth: number }
  | { kind: 'forbidden-key'; offset: number; key: string }
  | { kind: 'duplicate-key'; offset: number; key: string }
  | { kind: 'malformed'; offset: number };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const NEWLINE = 0x0a;
const SPACE = 0x20;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/** Keys that reach an object's prototype when code copies or merges parsed data with plain assignment. */
export const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Past this many keys, one object's duplicate check switches from comparing against every earlier key to a Set.
 * Most objects have a handful of keys, where comparing positions in the text beats making a string per key.
 */
const LINEAR_KEY_LIMIT = 24;

/** Whether the unescaped key of `length` code units at `start` is one of the forbidden keys. */
function isForbiddenAt(text: string, start: number, length: number): boolean {
  if (length === 9) return text.startsWith('__proto__', start) || text.startsWith('prototype', start);
  return length === 11 && text.startsWith('constructor', start);
}

function sameCodeUnits(text: string, first: number, second: number, length: number): boolean {
  for (let offset = 0; offset < length; offset++) {
    if (text.charCodeAt(first + offset) !== text.charCodeAt(second + offset)) return false;
  }
  return true;
}

/** Index of the quote that closes the string whose content starts at `from`, or -1 if it never closes. */
export function closingQuoteIndex(text: string, from: number): number {
  let quote = text.indexOf('"', from);
  while (quote !== -1) {
    let before = quote - 1;
    while (text.charCodeAt(before) === BACKSLASH) before--;
    // An even run of backslashes escapes itself, not the quote.
    if ((quote - 1 - before) % 2 === 0) return quote;
    quote = text.indexOf('"', quote + 1);
  }
  return -1;
}

/**
 * The key as JavaScript will see it: escapes resolved, so `"\u005f_proto__"` is caught as `__proto__` and
 * `"a"` and `"\u0061"` count as the same key. Undefined when the escapes are malformed.
 */
function keyText(text: string, openingQuote: number, closingQuote: number): string | undefined {
  const raw = text.slice(openingQuote + 1, closingQuote);
  if (!raw.includes('\\')) return raw;
  try {
    const resolved: unknown = JSON.parse(text.slice(openingQuote, closingQuote + 1));
    return typeof resolved === 'string' ? resolved : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Scans the text and returns the first problem with its shape, or null. Depth counts open containers: a
 * top-level `[]` is at depth 1, and `maxDepth` nested containers are allowed.
 */
export function scanStructure(text: string, maxDepth: number): StructureFinding | null {
  const length = text.length;
  // Per depth of the open containers: object or array, and for objects where their keys start in the key stack
  // below, or the Set of their keys once they had many keys or an escaped one.
  const isObject: boolean[] = [];
  const keyBase: number[] = [];
  const keySets: (Set<string> | null)[] = [];
  // The keys of all open objects, innermost last, as positions in the text: no strings are made for them.
  const keyStarts: number[] = [];
  const keyLengths: number[] = [];
  const keyHashes: number[] = [];
  let keyTop = 0;
  let depth = 0;
  let expectingKey = false;
  let index = 0;

  /** Moves the keys of the object at `level` from the position stack into a Set of strings. */
  const switchToKeySet = (level: number): Set<string> => {
    const base = keyBase[level] ?? 0;
    const keys = new Set<string>();
    for (let slot = base; slot < keyTop; slot++) {
      const start = keyStarts[slot] ?? 0;
      keys.add(text.slice(start, start + (keyLengths[slot] ?? 0)));
    }
    keyTop = base;
    keySets[level] = keys;
    return keys;
  };

  while (index < length) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) {
      if (!expectingKey) {
        const closing = closingQuoteIndex(text, index + 1);
        if (closing === -1) return { kind: 'malformed', offset: index };
        index = closing + 1;
        continue;
      }
      expectingKey = false;
      // Keys are short: one loop finds the closing quote, notes escapes and hashes the key.
      const start = index + 1;
      let closing = start;
      let hash = 0;
      let escaped = false;
      for (;;) {
        if (closing >= length) return { kind: 'malformed', offset: index };
        const unit = text.charCodeAt(closing);
        if (unit === QUOTE) break;
        if (unit === BACKSLASH) {
          escaped = true;
          closing++;
        }
        hash = (Math.imul(hash, 31) + unit) | 0;
        closing++;
      }
      const level = depth - 1;
      const keyLength = closing - start;
      let keys = keySets[level] ?? null;
      if (escaped || keys !== null) {
        keys ??= switchToKeySet(level);
        const key = keyText(text, index, closing);
        if (key === undefined) return { kind: 'malformed', offset: index };
        if (forbiddenKeys.has(key)) return { kind: 'forbidden-key', offset: index, key };
        if (keys.has(key)) return { kind: 'duplicate-key', offset: index, key };
        keys.add(key);
      } else {
        if ((keyLength === 9 || keyLength === 11) && isForbiddenAt(text, start, keyLength)) {
          return { kind: 'forbidden-key', offset: index, key: text.slice(start, closing) };
        }
        const base = keyBase[level] ?? 0;
        for (let slot = base; slot < keyTop; slot++) {
          if (keyHashes[slot] === hash && keyLengths[slot] === keyLength && sameCodeUnits(text, keyStarts[slot] ?? 0, start, keyLength)) {
            return { kind: 'duplicate-key', offset: index, key: text.slice(start, closing) };
          }
        }
        keyStarts[keyTop] = start;
        keyLengths[keyTop] = keyLength;
        keyHashes[keyTop] = hash;
        keyTop++;
        if (keyTop - base > LINEAR_KEY_LIMIT) switchToKeySet(level);
      }
      index = closing + 1;
      continue;
    }
    switch (code) {
      case OPEN_OBJECT:
        if (depth >= maxDepth) return { kind: 'too-deep', offset: index, depth: depth + 1 };
        isObject[depth] = true;
        keyBase[depth] = keyTop;
        keySets[depth] = null;
        depth++;
        expectingKey = true;
        break;
      case OPEN_ARRAY:
        if (depth >= maxDepth) return { kind: 'too-deep', offset: index, depth: depth + 1 };
        isObject[depth] = false;
        depth++;
        expectingKey = false;
        break;
      case CLOSE_OBJECT:
        if (depth === 0 || isObject[depth - 1] !== true) return { kind: 'malformed', offset: index };
        depth--;
        keyTop = keyBase[depth] ?? 0;
        keySets[depth] = null;
        expectingKey = false;
        break;
      case CLOSE_ARRAY:
        if (depth === 0 || isObject[depth - 1] !== false) return { kind: 'malformed', offset: index };
        depth--;
        expectingKey = false;
        break;
      case COMMA:
        expectingKey = depth > 0 && isObject[depth - 1] === true;
        break;
      case NEWLINE:
        // Indentation: a tight loop over it is markedly faster than a trip round the main loop per space.
        index++;
        while (text.charCodeAt(index) === SPACE) index++;
        continue;
      default:
        break;
    }
    index++;
  }
  return depth === 0 ? null : { kind: 'malformed', offset: length };
}
