import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DraaiboekError } from '../../../shared/errors.js';
import { canonicalJson, canonicalJsonByReference, canonicalJsonOfParsedData } from './canonical-json.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

interface NumberVectors {
  finite: [string, string][];
  refused: [string, string][];
}
const numberVectors = JSON.parse(fixture('rfc8785-number-vectors.json')) as NumberVectors;

function doubleFromHex(bits: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${bits}`));
  return view.getFloat64(0);
}

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return error instanceof DraaiboekError ? error.code : 'not a DraaiboekError';
  }
  return undefined;
}

describe('canonicalJson follows RFC 8785', () => {
  it('has the Appendix B vectors to test against', () => {
    expect(numberVectors.finite.length).toBeGreaterThanOrEqual(20);
  });

  it.each(numberVectors.finite)('serializes the number 0x%s as %s (Appendix B)', (bits, expected) => {
    expect(canonicalJson(doubleFromHex(bits))).toBe(expected);
    expect(canonicalJson({ n: doubleFromHex(bits) })).toBe(`{"n":${expected}}`);
  });

  it.each(numberVectors.refused)('refuses 0x%s (%s) as SCHEMA_INVALID', (bits) => {
    expect(codeOf(() => canonicalJson([doubleFromHex(bits)]))).toBe('SCHEMA_INVALID');
  });

  it('uses exponent notation from 1e-7 down and 1e+21 up (ECMAScript Number::toString, which JCS adopts)', () => {
    expect(canonicalJson([1e-7, 1e-6, 1e20, 1e21, -0])).toBe('[1e-7,0.000001,100000000000000000000,1e+21,0]');
  });

  it('produces the canonical form of the example of section 3.2.2', () => {
    const input: unknown = JSON.parse(fixture('rfc8785-example-input.json'));
    const expected = fixture('rfc8785-example-output.txt').replace(/\n$/, '');
    expect(canonicalJson(input)).toBe(expected);
  });

  it('sorts keys by UTF-16 code units as in section 3.2.3', () => {
    const input = JSON.parse(fixture('rfc8785-sorting-input.json')) as Record<string, string>;
    const order = JSON.parse(fixture('rfc8785-sorting-order.json')) as string[];
    const output = canonicalJson(input);
    // Read the order from the text itself: a parsed object would put the integer-like key "1" first.
    const positions = order.map((value) => output.indexOf(`"${value}"`));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(output).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
        '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it('gives the same text for the same data in any key order and indentation', () => {
    const a = JSON.parse('{\n  "b": [1, {"y": 2, "x": 1}],\n  "a": "tekst"\n}') as unknown;
    const b = JSON.parse('{"a":"tekst","b":[1,{"x":1,"y":2}]}') as unknown;
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":"tekst","b":[1,{"x":1,"y":2}]}');
  });

  it('sorts a record out of order deep inside data that is in order, and leaves the data it was given as it was', () => {
    const edited = { phones: [{ number: '+31201234567', kind: 'work' }], name: 'Anna', id: 'p1' };
    const plan = { meta: { a: 1, b: [1, 2] }, people: [{ id: 'p0', name: 'Bas' }, edited] };
    const before = JSON.stringify(plan);
    expect(canonicalJson(plan)).toBe(
      '{"meta":{"a":1,"b":[1,2]},"people":[{"id":"p0","name":"Bas"},{"id":"p1","name":"Anna","phones":[{"kind":"work","number":"+31201234567"}]}]}',
    );
    expect(JSON.stringify(plan)).toBe(before);
  });

  it('refuses lone surrogates in values and keys, non-finite numbers and values without a JSON form', () => {
    expect(codeOf(() => canonicalJson({ name: 'a\ud800b' }))).toBe('SCHEMA_INVALID');
    expect(codeOf(() => canonicalJson({ ['\udc00']: 1 }))).toBe('SCHEMA_INVALID');
    expect(codeOf(() => canonicalJson({ n: Number.NaN }))).toBe('SCHEMA_INVALID');
    expect(codeOf(() => canonicalJson({ n: Number.NEGATIVE_INFINITY }))).toBe('SCHEMA_INVALID');
    expect(codeOf(() => canonicalJson(undefined))).toBe('SCHEMA_INVALID');
    expect(codeOf(() => canonicalJson({ big: 1n }))).toBe('SCHEMA_INVALID');
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(codeOf(() => canonicalJson(cyclic))).toBe('SCHEMA_INVALID');
  });

  it('keeps a valid surrogate pair', () => {
    expect(canonicalJson('\ud83d\ude00')).toBe('"\ud83d\ude00"');
  });
});

describe('the fast path of canonicalJson', () => {
  it('equals the reference implementation for any JSON data, including numeric keys and odd strings', () => {
    const keys = fc.oneof(fc.string(), fc.constantFrom('0', '1', '10', '9', '4294967294', '4294967295', '01', '-1', 'a', '', '__proto__', 'constructor'));
    const values = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.string({ unit: 'binary' }),
        fc.double(),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 5 }),
        fc.dictionary(keys, tie('value'), { maxKeys: 6 }),
      ),
    })).value;
    fc.assert(
      fc.property(values, (value) => {
        let fast: string | Error;
        let reference: string | Error;
        try {
          fast = canonicalJson(value);
        } catch (error) {
          fast = error as Error;
        }
        try {
          reference = canonicalJsonByReference(value);
        } catch (error) {
          reference = error as Error;
        }
        if (reference instanceof Error) expect(fast).toBeInstanceOf(Error);
        else expect(fast).toBe(reference);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps an own __proto__ key as a key', () => {
    expect(canonicalJson(JSON.parse('{"b":1,"__proto__":{"x":1}}'))).toBe('{"__proto__":{"x":1},"b":1}');
  });

  it('orders numeric-looking keys by code units, not numerically', () => {
    expect(canonicalJson({ '10': 1, '9': 2, a: 3, '-1': 4 })).toBe('{"-1":4,"10":1,"9":2,"a":3}');
  });
});

describe('canonicalJsonOfParsedData', () => {
  const rules = { maxNesting: 64, forbiddenKeys: new Set(['constructor', 'prototype']) };

  it('gives back exactly the canonical text that was parsed, for any JSON data it accepts', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const canonical = canonicalJsonByReference(value);
        const again = canonicalJsonOfParsedData(JSON.parse(canonical), rules);
        if (again !== undefined) expect(again).toBe(canonical);
      }),
      { numRuns: 500 },
    );
    expect(canonicalJsonOfParsedData(JSON.parse('{"a":[1,{"b":"\u00e9"}],"c":null}'), rules)).toBe('{"a":[1,{"b":"é"}],"c":null}');
  });

  it.each([
    ['keys out of order', '{"b":1,"a":2}'],
    ['an escaped __proto__ key', '{"\\u005f_proto__":1}'],
    ['a forbidden key', '{"a":{"constructor":1}}'],
    ['a lone surrogate', '["\\ud800"]'],
    ['nesting past the limit', `${'['.repeat(65)}${']'.repeat(65)}`],
  ])('refuses %s', (_label, text) => {
    expect(canonicalJsonOfParsedData(JSON.parse(text), rules)).toBeUndefined();
  });
});
