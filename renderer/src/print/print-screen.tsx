import { useState } from 'react';
import type { DocumentOutcome } from '../../../shared/documents-contract.js';
import type { Audience } from '../../../shared/plan/vocabularies.js';
import { callApi, ApiCallError } from '../api/call-api.js';
import { translateApiError, useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';
import { AudiencePicker } from './audience-picker.js';
import { CopiesRegister } from './copies-register.js';
import { choiceLabel, isNumberedCopy, printableChoices, type DocumentChoice } from './document-choice.js';
import { DocumentPicker } from './document-picker.js';
import { outcomeMessage } from './outcome-message.js';
import { PrintActions } from './print-actions.js';
import { PrintablePreview } from './printable-preview.js';
import { nextCopyNumber, useCopiesRegister } from './use-copies-register.js';
import './print.css';

type Message = { readonly tone: 'ok' | 'error'; readonly text: string };

const firstChoice: DocumentChoice = printableChoices[0] ?? { type: 'printable', kind: 'contact-sheet' };

/**
 * The print centre: pick a printable or a Word document, say who it is for (never preset), check the live
 * preview, then print, save as PDF or save the Word file. Below it, the register of copies that went out.
 */
export function PrintScreen() {
  const { t, language } = useI18n();
  const { view } = usePlan();
  const register = useCopiesRegister();
  const [choice, setChoice] = useState<DocumentChoice>(firstChoice);
  const [audience, setAudience] = useState<Audience | undefined>();
  const [recipient, setRecipient] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | undefined>();

  const documentName = choiceLabel(choice, t);
  const nextNumber = nextCopyNumber(register.entries, view.planId);

  async function run(action: 'print' | 'save', call: (chosen: Audience) => Promise<DocumentOutcome>) {
    if (audience === undefined) return;
    setBusy(true);
    setMessage(undefined);
    try {
      setMessage({ tone: 'ok', text: outcomeMessage(await call(audience), action, documentName, t) });
    } catch (caught) {
      setMessage({ tone: 'error', text: caught instanceof ApiCallError ? translateApiError(t, caught.error) : String(caught) });
    } finally {
      setBusy(false);
      register.reload();
    }
  }

  const recipientArgument = recipient.trim() === '' ? {} : { recipient: recipient.trim() };
  const printableKind = choice.type === 'printable' ? choice.kind : undefined;

  function printNow() {
    if (printableKind === undefined) return;
    void run('print', (chosen) => callApi('documents.print', { kind: printableKind, audience: chosen, language, ...recipientArgument }));
  }

  function savePdf() {
    if (printableKind === undefined) return;
    void run('save', (chosen) => callApi('documents.savePdf', { kind: printableKind, audience: chosen, language, ...recipientArgument }));
  }

  function saveWord() {
    if (choice.type !== 'word') return;
    const kind = choice.kind;
    void run('save', (chosen) => callApi('documents.saveWord', { kind, audience: chosen, language, ...recipientArgument }));
  }

  return (
    <div className="print-centre">
      <h1>{t('print.title')}</h1>
      <p className="lead">{t('print.intro')}</p>
      <div className="print-layout">
        <div className="print-options">
          <DocumentPicker
            selected={choice}
            onSelect={(next) => {
              setChoice(next);
              setMessage(undefined);
            }}
          />
          <AudiencePicker audience={audience} onChange={setAudience} />
          <div className="field">
            <label htmlFor="print-recipient">{t('print.recipient.label')}</label>
            <input
              id="print-recipient"
              type="text"
              maxLength={300}
              value={recipient}
              aria-describedby="print-recipient-hint"
              onChange={(event) => setRecipient(event.target.value)}
            />
            <p className="hint" id="print-recipient-hint">{t('print.recipient.hint')}</p>
          </div>
          {audience !== undefined && (
            <p className="print-chosen-audience" data-testid="chosen-audience">
              {t('print.audience.chosen', { audience: t(`print.audience.${audience}`) })}
            </p>
          )}
          {isNumberedCopy(choice) && (
            <p className="notice">{nextNumber === undefined ? t('print.numberedFirst') : t('print.numbered', { copyNumber: nextNumber })}</p>
          )}
          <PrintActions
            choice={choice}
            ready={audience !== undefined}
            busy={busy}
            onPrint={printNow}
            onSavePdf={savePdf}
            onSaveWord={saveWord}
          />
          {message !== undefined &&
            (message.tone === 'ok' ? (
              <p role="status" className="notice print-outcome">{message.text}</p>
            ) : (
              <p role="alert" className="field-error">{message.text}</p>
            ))}
        </div>
        <section className="print-preview" aria-labelledby="print-preview-title">
          <h2 id="print-preview-title">{t('print.preview.title')}</h2>
          {printableKind === undefined ? (
            <p className="notice">{t('print.preview.word')}</p>
          ) : audience === undefined ? (
            <p className="notice">{t('print.preview.waitingForAudience')}</p>
          ) : (
            <PrintablePreview
              kind={printableKind}
              audience={audience}
              title={documentName}
              refreshKey={`${view.revision}:${printableKind === 'binder' ? (nextNumber ?? 0) : 0}`}
            />
          )}
        </section>
      </div>
      <CopiesRegister entries={register.entries} error={register.error} planId={view.planId} />
    </div>
  );
}
