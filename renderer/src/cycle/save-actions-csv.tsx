import { useState } from 'react';
import { callApi } from '../api/call-api.js';
import { useI18n } from '../i18n/i18n-context.js';
import { errorText } from '../sync/error-text.js';

type Message = { readonly tone: 'ok' | 'error'; readonly text: string };

/** Saves every improvement action as the CSV the command line writes, through main's save dialog. */
export function SaveActionsCsv() {
  const { t, language } = useI18n();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | undefined>(undefined);

  async function save() {
    setBusy(true);
    setMessage(undefined);
    try {
      const outcome = await callApi('documents.saveActionsCsv', { language });
      setMessage(
        outcome.completed
          ? { tone: 'ok', text: t('ui.cycle.actions.csvSaved', { file: outcome.fileName ?? '' }) }
          : { tone: 'error', text: t('ui.cycle.actions.csvCancelled') },
      );
    } catch (caught) {
      setMessage({ tone: 'error', text: errorText(t, caught) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" disabled={busy} onClick={() => void save()}>{t('ui.cycle.actions.saveCsv')}</button>
      {message !== undefined && (
        <span role={message.tone === 'error' ? 'alert' : 'status'} className={message.tone === 'error' ? 'field-error' : 'badge ok'} data-testid={message.tone === 'ok' ? 'actions-csv-saved' : undefined}>
          {message.text}
        </span>
      )}
    </>
  );
}
