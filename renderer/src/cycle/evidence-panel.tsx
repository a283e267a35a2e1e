import { useState } from 'react';
import type { DocumentOutcome } from '../../../shared/documents-contract.js';
import { callApi } from '../api/call-api.js';
import { useI18n } from '../i18n/i18n-context.js';
import { errorText } from '../sync/error-text.js';

type Message = { readonly tone: 'ok' | 'error'; readonly text: string };

/**
 * The evidence pack (verantwoording): the Word document or the PDF for the auditor and the college, each through
 * main's save dialog, from the same outline.
 */
export function EvidencePanel() {
  const { t, language } = useI18n();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | undefined>(undefined);

  async function run(steps: readonly (() => Promise<DocumentOutcome>)[]) {
    setBusy(true);
    setMessage(undefined);
    const saved: string[] = [];
    try {
      for (const step of steps) {
        const outcome = await step();
        if (!outcome.completed) {
          setMessage({ tone: 'error', text: t('ui.cycle.evidence.cancelled') });
          return;
        }
        if (outcome.fileName !== undefined) saved.push(outcome.fileName);
      }
      setMessage({ tone: 'ok', text: t('ui.cycle.evidence.saved', { files: saved.join(', ') }) });
    } catch (caught) {
      setMessage({ tone: 'error', text: errorText(t, caught) });
    } finally {
      setBusy(false);
    }
  }

  const word = () => callApi('documents.saveWord', { kind: 'evidence', audience: 'organisation', language });
  const pdf = () => callApi('documents.savePdf', { kind: 'evidence', audience: 'organisation', language });

  return (
    <section aria-labelledby="evidence-title">
      <h2 id="evidence-title">{t('ui.cycle.evidence.title')}</h2>
      <p>{t('ui.cycle.evidence.intro')}</p>
      <div className="row" role="group" aria-labelledby="evidence-title">
        <button type="button" className="primary" disabled={busy} onClick={() => void run([word])}>{t('ui.cycle.evidence.save')}</button>
        <button type="button" disabled={busy} onClick={() => void run([pdf])}>{t('ui.cycle.evidence.savePdf')}</button>
        {busy && <span aria-live="polite">{t('ui.cycle.evidence.busy')}</span>}
      </div>
      {message !== undefined && (
        <p role={message.tone === 'error' ? 'alert' : 'status'} className={message.tone === 'error' ? 'field-error' : 'badge ok'} data-testid={message.tone === 'ok' ? 'evidence-saved' : undefined}>
          {message.text}
        </p>
      )}
    </section>
  );
}
