import { bundlesEn } from './bundles.en.js';
import { bundlesNl } from './bundles.nl.js';
import { cliHelpEn } from './cli-help.en.js';
import { cliHelpNl } from './cli-help.nl.js';
import { cliEn } from './cli.en.js';
import { cliNl } from './cli.nl.js';
import { contactsEn } from './contacts.en.js';
import { contactsNl } from './contacts.nl.js';
import { crisisDocumentsEn } from './crisis-documents.en.js';
import { crisisDocumentsNl } from './crisis-documents.nl.js';
import { crisisUiEn } from './crisis-ui.en.js';
import { crisisUiNl } from './crisis-ui.nl.js';
import { documentsEn } from './documents.en.js';
import { documentsNl } from './documents.nl.js';
import { errorsEn } from './errors.en.js';
import { errorsNl } from './errors.nl.js';
import { healthEn } from './health.en.js';
import { healthNl } from './health.nl.js';
import { uiEn } from './ui.en.js';
import { uiNl } from './ui.nl.js';
import { printEn } from './print.en.js';
import { printNl } from './print.nl.js';
import { syncEn } from './sync.en.js';
import { syncNl } from './sync.nl.js';
import { interpolate, type Language, type MessageParams } from './translate.js';

export * from './translate.js';

export const catalogs = {
  nl: { ...errorsNl, ...cliNl, ...cliHelpNl, ...healthNl, ...contactsNl, ...bundlesNl, ...documentsNl, ...crisisDocumentsNl, ...uiNl, ...crisisUiNl, ...printNl, ...syncNl },
  en: { ...errorsEn, ...cliEn, ...cliHelpEn, ...healthEn, ...contactsEn, ...bundlesEn, ...documentsEn, ...crisisDocumentsEn, ...uiEn, ...crisisUiEn, ...printEn, ...syncEn },
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
