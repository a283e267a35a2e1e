import { useI18n } from '../i18n/i18n-context.js';

/** A data folder with a key but no plan: nothing is made up; the user is told where the app looked. */
export function MissingScreen(props: { dataDir: string }) {
  const { t } = useI18n();
  return (
    <main className="status-screen" id="main">
      <h1>{t('ui.missing.title')}</h1>
      <p>{t('ui.missing.body', { dataDir: props.dataDir })}</p>
    </main>
  );
}
