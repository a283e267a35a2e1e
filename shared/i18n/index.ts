import { bundlesEn } from './bundles.en.js';
import { bundlesNl } from './bundles.nl.js';
import { cliHelpEn } from './cli-help.en.js';
import { cliHelpNl } from './cli-help.nl.js';
import { cliEn } from './cli.en.js';
import { cliNl } from './cli.nl.js';
import { contactsEn } from './contacts.en.js';
import { contactsNl } from './contacts.nl.js';
import { cycleEn } from './cycle.en.js';
import { cycleNl } from './cycle.nl.js';
import { crisisDocumentsEn } from './crisis-documents.en.js';
import { crisisDocumentsNl } from './crisis-documents.nl.js';
import { crisisUiEn } from './crisis-ui.en.js';
import { crisisUiNl } from './crisis-ui.nl.js';
import { cycleUiEn } from './cycle-ui.en.js';
import { cycleUiNl } from './cycle-ui.nl.js';
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
import { interpolate, type Language, type MessageParams, type PlaceholdersOf } from './translate.js';

export * from './translate.js';

export const catalogs = {
  nl: { ...errorsNl, ...cliNl, ...cliHelpNl, ...healthNl, ...contactsNl, ...bundlesNl, ...documentsNl, ...crisisDocumentsNl, ...uiNl, ...crisisUiNl, ...cycleNl, ...cycleUiNl, ...printNl, ...syncNl },
  en: { ...errorsEn, ...cliEn, ...cliHelpEn, ...healthEn, ...contactsEn, ...bundlesEn, ...documentsEn, ...crisisDocumentsEn, ...uiEn, ...crisisUiEn, ...cycleEn, ...cycleUiEn, ...printEn, ...syncEn },
} as const;

type SourceCatalog = (typeof catalogs)['nl'];
export type MessageKey = keyof SourceCatalog;

/** The placeholders of a key's message (of every key, for a union of keys); Dutch is the source, English has the same. */
export type MessagePlaceholders<Key extends MessageKey> = Key extends MessageKey ? PlaceholdersOf<SourceCatalog[Key]> : never;

/** Exactly the params a key's message needs: one value per placeholder, no other names in a literal. */
export type ParamsOf<Key extends MessageKey> = { readonly [Name in MessagePlaceholders<Key>]: string | number };

/** The keys whose message has no placeholder: what a label map (enum value -> key) may name. */
export type PlainMessageKey = { [Key in MessageKey]: [MessagePlaceholders<Key>] extends [never] ? Key : never }[MessageKey];

type ParamsArgument<Key extends MessageKey> = [MessagePlaceholders<Key>] extends [never] ? [params?: Readonly<Record<string, never>>] : [params: ParamsOf<Key>];

/** `t(key, params)`: a missing or misspelt placeholder fails to compile (see typed-messages.test.ts). */
export type Translate = <Key extends MessageKey>(key: Key, ...params: ParamsArgument<Key>) => string;

/** A key and params that arrive at run time (an error from main, a problem in a file): checked where they were made. */
export type TranslateRuntime = (key: MessageKey, params?: MessageParams) => string;

export function createTranslator(language: Language): Translate {
  const catalog: Readonly<Record<string, string>> = catalogs[language];
  return (key, ...[params]) => interpolate(catalog[key] ?? key, params);
}

/**
 * For a key and params that were not written in the code but received: an error code with the params its
 * throw site had to pass (ErrorParamsOf), a parse problem with its key. The compiler cannot see those pairs.
 */
export function translateRuntime(t: Translate, key: MessageKey, params?: MessageParams): string {
  return (t as TranslateRuntime)(key, params);
}

export function isMessageKey(key: string): key is MessageKey {
  return key in catalogs.nl;
}
