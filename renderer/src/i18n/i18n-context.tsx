import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createTranslator, translateRuntime, type Translate } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/i18n/translate.js';
import type { ApiError } from '../../../shared/api.js';

interface I18n {
  readonly language: Language;
  readonly t: Translate;
  readonly setLanguage: (language: Language) => void;
}

const I18nContext = createContext<I18n | undefined>(undefined);

export function I18nProvider(props: { language: Language; setLanguage: (language: Language) => void; children: ReactNode }) {
  const { language, setLanguage } = props;
  const value = useMemo(() => ({ language, t: createTranslator(language), setLanguage }), [language, setLanguage]);
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (value === undefined) throw new Error('useI18n outside I18nProvider');
  return value;
}

/** An error from main, in the user's language. */
export function translateApiError(t: Translate, error: ApiError): string {
  return translateRuntime(t, `error.${error.code}`, error.params);
}
