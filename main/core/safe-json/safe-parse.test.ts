import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile, mkdir, open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DraaiboekError, type ErrorCode } from '../../../shared/errors.js';
import { parseUntrustedJson, readUntrustedJsonFile } from './safe-parse.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function refusal(action: () => unknown): DraaiboekError {
  try {
    action();
  } catch (error) {
    if (error instanceof DraaiboekError) return error;
    throw error;
  }
  throw new Error('expected a refusal, but the text was accepted');
}

async function refusalOf(action: () => Promise<unknown>): Promise<DraaiboekError> {
  try {
    await action();
  } catch (error) {
    if (error instanceof DraaiboekError) return error;
    throw error;
  }
  throw new Error('expected a refusal, but the file was accepted');
}

function expectCode(text: string | Uint8Array, code: ErrorCode, limits?: { maxBytes?: number; maxDepth?: number }): DraaiboekError {
  const error = refusal(() => parseUntrustedJson(typeof text === 'string' ? utf8(text) : text, limits));
  expect(error.code).toBe(code);
  return error;
}

const nested = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);

describe('parseUntrustedJson accepts ordinary JSON', () => {
  it('returns what JSON.parse returns for scalars, literals and empty containers', () => {
    for (const text of ['0', '-1.5e-7', '"tekst"', 'true', 'false', 'null', '[]', '{}', ' [ {} , [ ] ] ', '{"a":[],"b":{}}']) {
      expect(parseUntrustedJson(utf8(text))).toEqual(JSON.parse(text));
    }
  });

  it('is not confused by escaped quotes, backslashes and brackets inside strings', () => {
    const text = String.raw`{"a":"x\"}{[,","b":"\\","c":"\\\"]","d":["}\"",{"e":"{\\\\\"[\\"}],"f":"\u005c"}`;
    expect(parseUntrustedJson(utf8(text))).toEqual(JSON.parse(text));
  });

  it('treats a key in a string value as text, not as a key', () => {
    const text = '{"a":"\\"a\\":1,\\"__proto__\\":2","b":"__proto__"}';
    expect(parseUntrustedJson(utf8(text))).toEqual({ a: '"a":1,"__proto__":2', b: '__proto__' });
  });

  it('drops a leading UTF-8 byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{"naam":"Gemeente Voorbeeldstad"}')]);
    expect(parseUntrustedJson(bytes)).toEqual({ naam: 'Gemeente Voorbeeldstad' });
  });

  it('reads non-ASCII text', () => {
    expect(parseUntrustedJson(utf8('{"plaats":"Súdwest-Fryslân €"}'))).toEqual({ plaats: 'Súdwest-Fryslân €' });
  });

  it('allows the same key in different objects, and many keys in one object', () => {
    const many = Object.fromEntries(Array.from({ length: 500 }, (_, index) => [`key${index}`, index]));
    const text = JSON.stringify({ a: { id: 1 }, b: { id: 2 }, many, list: [{ id: 1 }, { id: 1 }] });
    expect(parseUntrustedJson(utf8(text))).toEqual(JSON.parse(text));
  });

  it('accepts nesting exactly at the cap', () => {
    expect(parseUntrustedJson(utf8(nested(64)))).toEqual(JSON.parse(nested(64)));
    expect(parseUntrustedJson(utf8('{"a":{"b":[1]}}'), { maxDepth: 3 })).toEqual({ a: { b: [1] } });
  });
});

describe('parseUntrustedJson refuses hostile input, each case with its own code', () => {
  it('FILE_TOO_LARGE over the byte cap', () => {
    const error = expectCode('[1,2,3]', 'FILE_TOO_LARGE', { maxBytes: 6 });
    expect(error.params).toMatchObject({ size: 7, maxBytes: 6 });
    expect(parseUntrustedJson(utf8('[1,2,3]'), { maxBytes: 7 })).toEqual([1, 2, 3]);
  });

  it('FILE_EMPTY for zero bytes, only whitespace, or only a byte order mark', () => {
    expectCode('', 'FILE_EMPTY');
    expectCode(' \n\t\r\n ', 'FILE_EMPTY');
    expectCode(new Uint8Array([0xef, 0xbb, 0xbf]), 'FILE_EMPTY');
  });

  it('INVALID_UTF8 for bytes that are not UTF-8, naming the offending byte', () => {
    const error = expectCode(new Uint8Array([...utf8('{"a":"'), 0xc3, 0x28, ...utf8('"}')]), 'INVALID_UTF8');
    expect(error.params.offset).toBe(6);
    expectCode(new Uint8Array([...utf8('"'), 0xed, 0xa0, 0x80, ...utf8('"')]), 'INVALID_UTF8'); // encoded surrogate
    expectCode(new Uint8Array([...utf8('"'), 0xc0, 0xaf, ...utf8('"')]), 'INVALID_UTF8'); // overlong '/'
    expectCode(new Uint8Array([...utf8('"abc'), 0xe2, 0x82]), 'INVALID_UTF8'); // cut inside a character
  });

  it('INVALID_JSON for syntax errors, with the position, line and column', () => {
    const error = expectCode('{\n  "a": 1,\n  "b": }', 'INVALID_JSON');
    expect(error.params).toMatchObject({ position: 19, line: 3, column: 8 });
    expect(error.message).toContain('line 3, column 8');
    for (const text of ['{"a" 1}', '[1,]', '{"a":1,}', "{'a':1}", '[01]', 'nul', '"tab\tinside"', '[1] 2', '{"a":"\\x"}']) {
      expectCode(text, 'INVALID_JSON');
    }
  });

  it('INVALID_JSON for truncated text', () => {
    const whole = JSON.stringify({ people: [{ name: 'Jan', phone: '+31612345678' }], revision: 3 });
    for (const cut of [1, 10, 25, whole.length - 1]) {
      const error = expectCode(whole.slice(0, cut), 'INVALID_JSON');
      expect(error.params.position).toBeTypeOf('number');
    }
  });

  it('NESTING_TOO_DEEP one level past the cap', () => {
    expectCode(nested(65), 'NESTING_TOO_DEEP');
    const error = expectCode('{"a":{"b":[1]}}', 'NESTING_TOO_DEEP', { maxDepth: 2 });
    expect(error.params).toMatchObject({ maxDepth: 2, position: 10 });
  });

  it('NESTING_TOO_DEEP for hostile nesting without building it', () => {
    expectCode('['.repeat(5_000_000), 'NESTING_TOO_DEEP');
  });

  it('FORBIDDEN_KEY for __proto__, constructor and prototype at any depth, naming the path', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const error = expectCode(`{"people":[{"id":"a"},{"id":"b","${key}":{"isAdmin":true}}]}`, 'FORBIDDEN_KEY');
      expect(error.params).toMatchObject({ key, keyPath: `$.people[1].${key}` });
      expect(error.message).toContain(`$.people[1].${key}`);
    }
    expectCode('{"__proto__":null}', 'FORBIDDEN_KEY');
  });

  it('FORBIDDEN_KEY when __proto__ is written with unicode escapes', () => {
    const error = expectCode('{"a":{"\\u005f_proto__":{"x":1}}}', 'FORBIDDEN_KEY');
    expect(error.params).toMatchObject({ key: '__proto__', keyPath: '$.a.__proto__' });
    expectCode('{"\\u0063onstructor":1}', 'FORBIDDEN_KEY');
  });

  it('leaves forbidden words alone as values and as parts of keys', () => {
    const text = '{"name":"constructor","proto":"__proto__","__proto__x":1,"my constructor":2}';
    expect(parseUntrustedJson(utf8(text))).toEqual(JSON.parse(text));
  });

  it('DUPLICATE_KEY for the same key twice in one object, also nested and also when escaped', () => {
    const plain = expectCode('{"a":1,"b":2,"a":3}', 'DUPLICATE_KEY');
    expect(plain.params).toMatchObject({ key: 'a', keyPath: '$.a' });
    const nestedDuplicate = expectCode('{"plan":{"people":[{"phone":"1","name":"x","phone":"2"}]}}', 'DUPLICATE_KEY');
    expect(nestedDuplicate.params).toMatchObject({ key: 'phone', keyPath: '$.plan.people[0].phone' });
    expectCode('{"a":1,"\\u0061":2}', 'DUPLICATE_KEY');
    expectCode('{"\\u0061":1,"a":2}', 'DUPLICATE_KEY');
    const wide = Object.fromEntries(Array.from({ length: 100 }, (_, index) => [`k${index}`, index]));
    expectCode(JSON.stringify(wide).replace(/}$/, ',"k42":0}'), 'DUPLICATE_KEY');
  });

  it('a syntax error wins over a key problem in a broken file', () => {
    expectCode('{"a":1,"a":2', 'INVALID_JSON');
  });
});

describe('readUntrustedJsonFile', () => {
  let folder: string;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'draaiboek-safe-json-'));
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('reads a JSON file', async () => {
    const path = join(folder, 'plan.json');
    await writeFile(path, '{"revision":7}');
    expect(await readUntrustedJsonFile(path)).toEqual({ revision: 7 });
  });

  it('FILE_NOT_FOUND for a missing file, with its path', async () => {
    const path = join(folder, 'missing.json');
    const error = await refusalOf(() => readUntrustedJsonFile(path));
    expect(error.code).toBe('FILE_NOT_FOUND');
    expect(error.params.path).toBe(path);
  });

  it('FILE_TOO_LARGE from the size on disk, before reading', async () => {
    const path = join(folder, 'huge.json');
    const handle = await open(path, 'w');
    // A sparse file: a gigabyte on paper, nothing on disk; reading it whole would take long and fill memory.
    await handle.truncate(1024 * 1024 * 1024);
    await handle.close();
    const error = await refusalOf(() => readUntrustedJsonFile(path, { maxBytes: 1024 }));
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.params).toMatchObject({ path, size: 1024 * 1024 * 1024, maxBytes: 1024 });
  });

  it('carries the path in the errors of the content checks', async () => {
    const path = join(folder, 'broken.json');
    await writeFile(path, '{"a":1,"a":2}');
    const error = await refusalOf(() => readUntrustedJsonFile(path));
    expect(error.code).toBe('DUPLICATE_KEY');
    expect(error.params.path).toBe(path);
    expect(error.message).toContain(path);
  });

  it('refuses an empty file and a folder', async () => {
    const empty = join(folder, 'empty.json');
    await writeFile(empty, '');
    expect((await refusalOf(() => readUntrustedJsonFile(empty))).code).toBe('FILE_EMPTY');
    const directory = join(folder, 'a-folder.json');
    await mkdir(directory);
    expect((await refusalOf(() => readUntrustedJsonFile(directory))).code).toBe('IO_ERROR');
  });
});

describe('files that are not files', () => {
  it('refuses a named pipe instead of waiting for a writer that never comes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'draaiboek-fifo-'));
    const fifo = join(dir, 'plan.draaiboek');
    execFileSync('mkfifo', [fifo]);
    await expect(readUntrustedJsonFile(fifo)).rejects.toMatchObject({ code: 'IO_ERROR' });
    await rm(dir, { recursive: true, force: true });
  });
});
