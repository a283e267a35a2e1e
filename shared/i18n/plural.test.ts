import { describe, expect, it } from 'vitest';
import { catalogs, createTranslator, languages } from './index.js';
import { pluralForm } from './plural.js';

describe('plural forms', () => {
  it('takes the singular for exactly one, in Dutch and English', () => {
    for (const language of languages) {
      expect(pluralForm(language, 1)).toBe('one');
      for (const count of [0, 2, 5, 21, 1.5]) expect(pluralForm(language, count)).toBe('other');
    }
  });

  it('says "1 resultaat" and "2 resultaten"', () => {
    const t = createTranslator('nl');
    expect(t(`ui.search.count.${pluralForm('nl', 1)}`, { count: 1 })).toBe('1 resultaat');
    expect(t(`ui.search.count.${pluralForm('nl', 2)}`, { count: 2 })).toBe('2 resultaten');
    expect(createTranslator('en')(`ui.search.count.${pluralForm('en', 1)}`, { count: 1 })).toBe('1 result');
  });

  it('has both forms for every counted message', () => {
    for (const language of languages) {
      const keys = Object.keys(catalogs[language]);
      for (const key of keys.filter((name) => name.endsWith('.one'))) expect(keys, key).toContain(key.replace(/\.one$/, '.other'));
    }
  });

  it('leaves no "(s)", "(en)" or "(len)" guesses on screen', () => {
    const guesses = Object.entries({ ...catalogs.nl, ...catalogs.en }).filter(([key, text]) => /^ui\.(search|editor)\.|^ui\.crisisMode\.card\./.test(key) && /\w\((s|en|len)\)/.test(text));
    expect(guesses).toEqual([]);
  });
});
