import { describe, expect, it } from 'vitest';
import { errorCodes } from '../errors.js';
import { catalogs, createTranslator } from './index.js';

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

describe('message catalogs', () => {
  it('have exactly the same keys in Dutch and English', () => {
    expect(Object.keys(catalogs.en).sort()).toEqual(Object.keys(catalogs.nl).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, dutch] of Object.entries(catalogs.nl)) {
      const english = (catalogs.en as Record<string, string>)[key] ?? '';
      expect(placeholders(english), key).toEqual(placeholders(dutch));
    }
  });

  it('explain every error code in both languages', () => {
    for (const code of errorCodes) {
      expect(catalogs.nl, code).toHaveProperty(`error.${code}`);
      expect(catalogs.en, code).toHaveProperty(`error.${code}`);
    }
  });

  it('fill placeholders and speak the chosen language', () => {
    expect(createTranslator('nl')('error.REVISION_NOT_FOUND', { revision: 7 })).toBe(
      'Revisie 7 staat niet in de geschiedenis.',
    );
    expect(createTranslator('en')('error.REVISION_NOT_FOUND', { revision: 7 })).toBe('Revision 7 is not in the history.');
  });
});
