import { useId } from 'react';
import { languages, type Language } from '../../../shared/i18n/translate.js';
import { useI18n } from '../i18n/i18n-context.js';

export function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n();
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('ui.language.label')}</label>
      <select id={id} value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
        {languages.map((option) => (
          <option key={option} value={option}>{t(`ui.language.${option}`)}</option>
        ))}
      </select>
    </div>
  );
}
