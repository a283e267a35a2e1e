import { useCallback, useEffect, useState } from 'react';
import type { AppStatus, PlanView } from '../../shared/api.js';
import type { Language } from '../../shared/i18n/translate.js';
import { callApi, ApiCallError } from './api/call-api.js';
import { I18nProvider, translateApiError, useI18n } from './i18n/i18n-context.js';
import { PlanProvider } from './plan/plan-context.js';
import { AppShell } from './shell/app-shell.js';
import { MissingScreen } from './status/missing-screen.js';
import { PassphrasePromptProvider } from './status/passphrase-prompt-context.js';
import { PassphraseScreen } from './status/passphrase-screen.js';
import { RefusalScreen } from './status/refusal-screen.js';

type Loaded =
  | { readonly kind: 'loading' }
  | { readonly kind: 'status'; readonly status: Exclude<AppStatus, { state: 'ready' }> }
  | { readonly kind: 'plan'; readonly plan: PlanView }
  | { readonly kind: 'failed'; readonly error: unknown };

function StartFailed(props: { error: unknown }) {
  const { t } = useI18n();
  const message = props.error instanceof ApiCallError ? translateApiError(t, props.error.error) : String(props.error);
  return (
    <main className="status-screen" id="main">
      <h1>{t('ui.startFailed.title')}</h1>
      <p role="alert">{message}</p>
    </main>
  );
}

/** Which plan this laptop holds, or why it cannot show one and what to do about it. */
function Gate(props: { loaded: Loaded; reload: () => void }) {
  const { t } = useI18n();
  const { loaded } = props;
  if (loaded.kind === 'loading') return <main aria-busy="true" className="status-screen" id="main"><p>{t('ui.common.loading')}</p></main>;
  if (loaded.kind === 'failed') return <StartFailed error={loaded.error} />;
  if (loaded.kind === 'plan') {
    return (
      <PlanProvider initial={loaded.plan}>
        <AppShell />
      </PlanProvider>
    );
  }
  const { status } = loaded;
  if (status.state === 'refused') return <RefusalScreen refusal={status.refusal} dataDir={status.dataDir} onRestored={props.reload} />;
  if (status.state === 'needs-passphrase') return <PassphraseScreen firstStart={status.firstStart} onUnlocked={props.reload} />;
  return <MissingScreen dataDir={status.dataDir} />;
}

export function App() {
  const [language, setLanguageState] = useState<Language>('nl');
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });

  const load = useCallback(async () => {
    try {
      const status = await callApi('app.status');
      if (status.state !== 'ready') {
        setLoaded({ kind: 'status', status });
        return;
      }
      setLoaded({ kind: 'plan', plan: await callApi('plan.current') });
    } catch (error) {
      setLoaded({ kind: 'failed', error });
    }
  }, []);

  useEffect(() => {
    void callApi('settings.get')
      .then((settings) => setLanguageState(settings.language))
      .catch(() => undefined)
      .finally(() => void load());
  }, [load]);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    void callApi('settings.set', { language: next }).catch(() => undefined);
  }, []);

  return (
    <I18nProvider language={language} setLanguage={setLanguage}>
      <PassphrasePromptProvider>
        <Gate loaded={loaded} reload={() => void load()} />
      </PassphrasePromptProvider>
    </I18nProvider>
  );
}
