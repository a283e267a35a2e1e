import { useId, useState, type FormEvent } from 'react';
import { callApi, ApiCallError } from '../api/call-api.js';
import { translateApiError, useI18n } from '../i18n/i18n-context.js';

/**
 * Asks for the passphrase that protects this device's key where the OS has no key store. On the first start
 * the user chooses it, typing it twice so a typo cannot lock them out of their own key.
 */
export function PassphraseForm(props: { firstStart: boolean; onUnlocked: () => void; onCancel?: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const mismatch = props.firstStart && repeat !== '' && repeat !== passphrase;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (passphrase === '' || mismatch || (props.firstStart && repeat === '')) return;
    setBusy(true);
    setError(undefined);
    try {
      await callApi('app.unlock', { passphrase });
      props.onUnlocked();
    } catch (caught) {
      setError(caught instanceof ApiCallError ? translateApiError(t, caught.error) : String(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} className="stack">
      <p>{t(props.firstStart ? 'ui.passphrase.explainFirst' : 'ui.passphrase.explain')}</p>
      <label htmlFor={`${id}-p`}>{t('ui.passphrase.label')}</label>
      <input id={`${id}-p`} type="password" autoComplete={props.firstStart ? 'new-password' : 'current-password'} value={passphrase} onChange={(event) => setPassphrase(event.target.value)} autoFocus />
      {props.firstStart && (
        <>
          <label htmlFor={`${id}-r`}>{t('ui.passphrase.repeat')}</label>
          <input id={`${id}-r`} type="password" autoComplete="new-password" value={repeat} onChange={(event) => setRepeat(event.target.value)} aria-invalid={mismatch} aria-describedby={mismatch ? `${id}-m` : undefined} />
          {mismatch && <p id={`${id}-m`} className="field-error">{t('ui.passphrase.mismatch')}</p>}
        </>
      )}
      {error !== undefined && <p role="alert" className="field-error">{error}</p>}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>{t(props.firstStart ? 'ui.passphrase.create' : 'ui.passphrase.unlock')}</button>
        {props.onCancel !== undefined && <button type="button" onClick={props.onCancel}>{t('ui.common.cancel')}</button>}
      </div>
    </form>
  );
}
