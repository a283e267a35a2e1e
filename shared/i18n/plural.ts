import type { Language } from './translate.js';

/**
 * The plural form a count takes. Dutch and English cardinals have two forms, so a counted message is a pair of
 * keys, `<key>.one` and `<key>.other`; the rule comes from the language's CLDR data, not from `count === 1`.
 */
export type PluralForm = 'one' | 'other';

const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
const rules = new Map<Language, Intl.PluralRules>();

export function pluralForm(language: Language, count: number): PluralForm {
  let rule = rules.get(language);
  if (rule === undefined) {
    rule = new Intl.PluralRules(locales[language]);
    rules.set(language, rule);
  }
  return rule.select(count) === 'one' ? 'one' : 'other';
}
