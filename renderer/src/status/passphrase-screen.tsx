import { useI18n } from '../i18n/i18n-context.js';
import { PassphraseForm } from './passphrase-form.js';

/** The first start on a device without an OS key store: the key is protected by a passphrase, never stored bare. */
export function PassphraseScreen(props: { firstStart: boolean; onUnlocked: () => void }) {
  const { t } = useI18n();
  return (
    <main className="status-screen" id="main">
      <h1>{t(props.firstStart ? 'ui.passphrase.titleFirst' : 'ui.passphrase.title')}</h1>
      <PassphraseForm firstStart={props.firstStart} onUnlocked={props.onUnlocked} />
    </main>
  );
}
