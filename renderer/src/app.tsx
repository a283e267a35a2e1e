import { useCallback, useEffect, useState } from 'react';
import type { AppStatus, PlanView } from '../../shared/api.js';
import type { Language } from '../../shared/i18n/translate.js';
import { callApi } from './api/call-api.js';
import { useApiQuery } from './api/use-api-query.js';
import { DisputedProvider } from './conflicts/disputed-context.js';
import { I18nProvider, useI18n } from './i18n/i18n-context.js';
import { PlanProvider } from './plan/plan-context.js';
import { AppShell } from './shell/app-shell.js';
import { MissingScreen } from './status/missing-screen.js';
import { PassphrasePromptProvider } from './status/passphrase-prompt-context.js';
import { PassphraseScreen } from './status/passphrase-screen.js';
import { RefusalScreen } from './status/refusal-screen.js';

type Loaded =
  | { readonly kind: 'status'; readonly status: Exclude<AppStatus, { state: 'ready' }> }
  | { readonly kind: 'plan'; readonly plan: PlanView };

async function loadStart(): Promise<Loaded> {
  const status = await callApi('app.status');
  if (status.state !== 'ready') return { kind: 'status', status };
  return { kind: 'plan', plan: await callApi('plan.current') };
}

function StartFailed(props: { message: string }) {
  const { t } = useI18n();
  return (
    <main className="status-screen" id="main">
      <h1>{t('ui.startFailed.title')}</h1>
      <p role="alert">{props.message}</p>
    </main>
  );
}

/** Which plan this laptop holds, or why it cannot show one and what to do about it. */
function Gate() {
  const { t } = useI18n();
  const { data: loaded, error, refresh: reload } = useApiQuery(loadStart, []);
  if (error !== undefined) return <StartFailed message={error} />;
  if (loaded === undefined) return <main aria-busy="true" className="status-screen" id="main"><p>{t('ui.common.loading')}</p></main>;
  if (loaded.kind === 'plan') {
    return (
      <PlanProvider initial={loaded.plan}>
        <DisputedProvider>
          <AppShell />
        </DisputedProvider>
      </PlanProvider>
    );
  }
  const { status } = loaded;
  if (status.state === 'refused') return <RefusalScreen refusal={status.refusal} dataDir={status.dataDir} onRestored={reload} />;
  if (status.state === 'needs-passphrase') return <PassphraseScreen firstStart={status.firstStart} onUnlocked={reload} />;
  return <MissingScreen dataDir={status.dataDir} />;
}

/** Main owns the language: the page asks for it once, and again whenever main says it changed. */
function FollowMainLanguage(props: { onLanguage: (language: Language) => void }) {
  const { onLanguage } = props;
  const language = useApiQuery(() => callApi('settings.get'), [], { refreshOn: ['settings.languageChanged'] }).data?.language;
  useEffect(() => {
    if (language !== undefined) onLanguage(language);
  }, [language, onLanguage]);
  return null;
}

export function App() {
  const [language, setLanguageState] = useState<Language>('nl');

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  // Shown once main has taken it, so the page never speaks a language main does not.
  const setLanguage = useCallback((next: Language) => {
    callApi('settings.set', { language: next }).then(
      (settings) => setLanguageState(settings.language),
      () => callApi('settings.get').then((settings) => setLanguageState(settings.language), () => undefined),
    );
  }, []);

  return (
    <I18nProvider language={language} setLanguage={setLanguage}>
      <FollowMainLanguage onLanguage={setLanguageState} />
      <PassphrasePromptProvider>
        <Gate />
      </PassphrasePromptProvider>
    </I18nProvider>
  );
}
