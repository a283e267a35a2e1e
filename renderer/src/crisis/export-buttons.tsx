import { useState } from 'react';
import type { CrisisExportFormat } from '../../../shared/crisis/crisis-export-contract.js';
import { callApi } from '../api/call-api.js';
import { useI18n } from '../i18n/i18n-context.js';
import { errorText } from '../sync/error-text.js';

const formats: readonly CrisisExportFormat[] = ['docx', 'pdf', 'record'];

/** Saving the crisis record: where the file goes is asked in main, in the save dialog. */
export function ExportButtons(props: { crisisId: string }) {
  const { t, language } = useI18n();
  const [message, setMessage] = useState<{ text: string; error: boolean } | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  async function save(format: CrisisExportFormat) {
    setBusy(true);
    setMessage(undefined);
    try {
      const outcome = await callApi('crisis.export', { crisisId: props.crisisId, format, language });
      if (outcome.completed) setMessage({ text: t('ui.crisisMode.export.saved', { file: outcome.fileName ?? '' }), error: false });
    } catch (failure) {
      setMessage({ text: errorText(t, failure), error: true });
    } finally {
      setBusy(false);
    }
  }
  return (
    <section aria-labelledby="crisis-export-title" className="no-print">
      <h2 id="crisis-export-title">{t('ui.crisisMode.export.title')}</h2>
      <div className="row">
        {formats.map((format) => (
          <button key={format} type="button" disabled={busy} onClick={() => void save(format)}>{t(`ui.crisisMode.export.${format}`)}</button>
        ))}
      </div>
      {message !== undefined && <p className={message.error ? 'field-error' : 'hint'} role={message.error ? 'alert' : 'status'}>{message.text}</p>}
    </section>
  );
}
