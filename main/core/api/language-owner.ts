import { createTranslator, type Translate } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/i18n/translate.js';
import { readUiSettings, writeUiSettings } from './ui-settings.js';

/**
 * The one owner of the language the app speaks (as Mattermost's i18nManager): main's menu, its native
 * dialogs and confirmations, and the page all follow it. It is a user setting kept in `ui-settings.json`;
 * changing it tells every listener at once, so nothing waits for a restart.
 */
export interface LanguageOwner {
  /** The language now, without waiting: the default until the settings are read. */
  current(): Language;
  /** A translator for the language now; ask again after a change rather than keeping it. */
  translator(): Translate;
  /** Reads the chosen language from the settings (once; later calls answer from memory). */
  load(): Promise<Language>;
  /** Keeps the user's choice and tells every listener when it differs from the language now. */
  set(language: Language): Promise<Language>;
  /** Called after every change of language; returns its unsubscribe function. */
  onChange(listener: (language: Language) => void): () => void;
}

export function createLanguageOwner(dataDir: string, defaultLanguage: Language): LanguageOwner {
  let language = defaultLanguage;
  let loaded: Promise<void> | undefined;
  const listeners = new Set<(language: Language) => void>();

  function load(): Promise<Language> {
    loaded ??= readUiSettings(dataDir, { language: defaultLanguage }).then((settings) => {
      language = settings.language;
    });
    // The language now, which a `set` since the first read may have changed.
    return loaded.then(() => language);
  }

  return {
    current: () => language,
    translator: () => createTranslator(language),
    load,
    async set(next) {
      const before = await load();
      const settings = await readUiSettings(dataDir, { language: before });
      await writeUiSettings(dataDir, { ...settings, language: next });
      language = next;
      if (next !== before) for (const listener of [...listeners]) listener(next);
      return next;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
