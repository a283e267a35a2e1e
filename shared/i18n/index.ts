import { cliEn } from './cli.en.js';
import { cliNl } from './cli.nl.js';
import { errorsEn } from './errors.en.js';
import { errorsNl } from './errors.nl.js';
import { healthEn } from './health.en.js';
import { healthNl } from './health.nl.js';
import { interpolate, type Language, type MessageParams } from './translate.js';

export * from './translate.js';

export const catalogs = {
  nl: { ...errorsNl, ...cliNl, ...healthNl },
  en: { ...errorsEn, ...cliEn, ...healthEn },
} as const;

export type MessageKey = keyof (typeof catalogs)['nl'];

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function createTranslator(language: Language): Translate {
  const catalog: Readonly<Record<string, string>> = catalogs[language];
  return (key, params) => interpolate(catalog[key] ?? key, params);
}

export function isMessageKey(key: string): key is MessageKey {
  return key in catalogs.nl;
}
