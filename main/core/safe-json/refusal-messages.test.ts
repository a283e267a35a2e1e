import { describe, expect, it } from 'vitest';
import { isDraaiboekError } from '../../../shared/errors.js';
import { translateRuntime, createTranslator, languages } from '../../../shared/i18n/index.js';
import { parseUntrustedJson } from './safe-parse.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function messagesFor(bytes: Uint8Array, limits?: { maxBytes?: number; maxDepth?: number }): string[] {
  try {
    parseUntrustedJson(bytes, limits);
  } catch (error) {
    if (!isDraaiboekError(error)) throw error;
    return languages.map((language) => translateRuntime(createTranslator(language), `error.${error.code}`, error.params));
  }
  throw new Error('the text was accepted');
}

describe('the refusals of a hostile JSON file, as the user reads them', () => {
  it.each([
    ['too large', utf8('{"a":1}'), { maxBytes: 3 }],
    ['nested too deep', utf8(`${'['.repeat(100)}${']'.repeat(100)}`), undefined],
    ['not JSON', utf8('{"a":'), undefined],
    ['a forbidden key', utf8('{"__proto__":1}'), undefined],
  ])('fill every placeholder: %s', (_name, bytes, limits) => {
    for (const message of messagesFor(bytes, limits)) expect(message).not.toMatch(/\{\w+\}/);
  });

  it('print a 20 MB duplicate key as its first characters, not whole', () => {
    const key = 'k'.repeat(20 * 1024 * 1024);
    for (const message of messagesFor(utf8(`{"${key}":1,"${key}":2}`), { maxBytes: 64 * 1024 * 1024 })) {
      expect(message.length).toBeLessThan(300);
      expect(message).toContain('kkkk…');
    }
  });
});
