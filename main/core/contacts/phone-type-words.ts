import type { PhoneKindHint } from './parsed-contact.js';

/** English and Dutch words that exports use for a number's type (vCard TYPE, Google labels). */
const faxWords = new Set(['fax', 'faxnummer']);
const pagerWords = new Set(['pager', 'pieper', 'semafoon', 'beeper']);
const mobileWords = new Set(['cell', 'mobile', 'iphone', 'mobiel', 'mobiele', 'gsm', 'car', 'auto', 'autotelefoon']);
export const workWords = new Set(['work', 'business', 'werk', 'zakelijk', 'kantoor', 'company', 'bedrijf']);
export const homeWords = new Set(['home', 'thuis', 'privé', 'prive', 'private', 'personal', 'privé-nummer']);

export type PhoneTypeReading = { readonly hint: PhoneKindHint; readonly private: boolean } | 'fax';

/** Splits "Work Fax", "* Mobile", "CELL,VOICE" or "home_mobile" into lower-case words. */
export function typeWords(label: string): string[] {
  return label
    .toLowerCase()
    .split(/[\s,;_*/]+/)
    .filter((word) => word !== '');
}

/**
 * Reads a number's kind from its type words. A fax is no way to reach someone in a crisis, so it is left out;
 * a home number, or a mobile marked home, is private.
 */
export function readPhoneType(words: readonly string[]): PhoneTypeReading {
  const has = (set: ReadonlySet<string>): boolean => words.some((word) => set.has(word));
  if (has(faxWords)) return 'fax';
  const isWork = has(workWords);
  const isPrivate = has(homeWords) && !isWork;
  if (has(pagerWords)) return { hint: 'pager', private: false };
  if (has(mobileWords)) return { hint: 'mobile', private: isPrivate };
  if (isWork) return { hint: 'work', private: false };
  if (isPrivate) return { hint: 'home', private: true };
  return { hint: 'generic', private: false };
}
