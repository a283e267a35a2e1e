import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DraaiboekError } from '../../../shared/errors.js';
import { parseUntrustedJson } from './safe-parse.js';
import { forbiddenKeys } from './structure-scan.js';
import { locateSyntaxError } from './syntax-error-locator.js';

function hasForbiddenKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasForbiddenKey);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).some(([key, child]) => forbiddenKeys.has(key) || hasForbiddenKey(child));
  }
  return false;
}

const allowedJsonValue = fc.jsonValue({ maxDepth: 8 }).filter((value) => !hasForbiddenKey(value));
const lenientDecoder = new TextDecoder();

/** What plain JSON.parse makes of the same bytes, or the exception it throws. */
function plainParse(bytes: Uint8Array): { value: unknown } | { failed: true } {
  try {
    return { value: JSON.parse(lenientDecoder.decode(bytes)) };
  } catch {
    return { failed: true };
  }
}

describe('parseUntrustedJson against JSON.parse', () => {
  it('returns the same value for any JSON without forbidden keys, compact or indented', () => {
    fc.assert(
      fc.property(allowedJsonValue, fc.constantFrom(undefined, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(parseUntrustedJson(new TextEncoder().encode(text))).toEqual(JSON.parse(text));
      }),
      { numRuns: 500 },
    );
  });

  it('on random bytes either returns what JSON.parse returns or throws a DraaiboekError', () => {
    const jsonish = fc.array(fc.constantFrom(...'{}[]",:\\ 01-e.truefalsn_proto'.split('')), { maxLength: 40 }).map((chars) => new TextEncoder().encode(chars.join('')));
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 64 }), jsonish, allowedJsonValue.map((value) => new TextEncoder().encode(JSON.stringify(value).slice(0, -1))));
    fc.assert(
      fc.property(bytes, (input) => {
        let result: unknown;
        try {
          result = parseUntrustedJson(input);
        } catch (error) {
          expect(error).toBeInstanceOf(DraaiboekError);
          return;
        }
        const plain = plainParse(input);
        expect(plain).toEqual({ value: result });
      }),
      { numRuns: 2000 },
    );
  });

  it('the syntax error locator agrees with JSON.parse on what is valid', () => {
    const chars = fc.array(fc.constantFrom(...'{}[]",:\\ \t\n01-+eE.truefalsnu'.split('')), { maxLength: 30 }).map((list) => list.join(''));
    fc.assert(
      fc.property(fc.oneof(chars, fc.string({ maxLength: 20 }), allowedJsonValue.map((value) => JSON.stringify(value))), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(locateSyntaxError(text) === null).toBe(valid);
      }),
      { numRuns: 3000 },
    );
  });
});
