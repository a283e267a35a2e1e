import { useState } from 'react';
import type { ContactsChoice } from '../../../shared/api.js';
import { isMessageKey, translateRuntime } from '../../../shared/i18n/index.js';
import { callApi, ApiCallError } from '../api/call-api.js';
import { translateApiError, useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';
import { ContactsPreviewTable, defaultAction, type Decisions } from './contacts-preview-table.js';

type Chosen = NonNullable<ContactsChoice>;

/**
 * Contacts from an Outlook or Google Contacts CSV export or a vCard file: pick the file, check the preview
 * (each contact matched to a person in the plan, to update, or new), then save it all as one revision.
 */
export function ContactsScreen() {
  const { t } = useI18n();
  const { runSave, saving } = usePlan();
  const [chosen, setChosen] = useState<Chosen | undefined>();
  const [decisions, setDecisions] = useState<Decisions>(new Map());
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<number | undefined>();

  async function choose() {
    setError(undefined);
    setDone(undefined);
    try {
      const choice = await callApi('contacts.choose');
      if (choice === null) return;
      setChosen(choice);
      setDecisions(new Map(choice.preview.entries.map((entry) => [entry.index, defaultAction(entry)])));
    } catch (caught) {
      setError(caught instanceof ApiCallError ? translateApiError(t, caught.error) : String(caught));
    }
  }

  async function apply() {
    if (chosen === undefined) return;
    const confirmable = new Set(chosen.preview.entries.filter((entry) => entry.confirmationNeeded === true).map((entry) => entry.index));
    // Choosing "update" on a namesake's row is the user's confirmation for that one contact.
    const list = [...decisions].map(([index, action]) => ({ index, action, ...(action === 'update' && confirmable.has(index) ? { confirmNameMatch: true } : {}) }));
    const count = list.filter((decision) => decision.action !== 'skip').length;
    const ok = await runSave(() => callApi('contacts.apply', { importId: chosen.importId, decisions: list }));
    if (ok) {
      setChosen(undefined);
      setDone(count);
    }
  }

  return (
    <div className="contacts">
      <h1>{t('ui.contacts.title')}</h1>
      <p className="lead">{t('ui.contacts.intro')}</p>
      <button type="button" className="primary" onClick={() => void choose()}>{t('ui.contacts.choose')}</button>
      {error !== undefined && <p role="alert" className="field-error">{error}</p>}
      {done !== undefined && <p role="status" className="badge ok">{t('ui.contacts.done', { count: done })}</p>}
      {chosen !== undefined && (
        <section aria-labelledby="preview-title">
          <h2 id="preview-title">{t('ui.contacts.preview', { fileName: chosen.fileName, format: t(`ui.contacts.format.${chosen.preview.format}`) })}</h2>
          {chosen.preview.problems.length > 0 && (
            <div className="notice warning">
              <h3>{t('ui.contacts.problems')}</h3>
              <ul>{chosen.preview.problems.map((problem, index) => <li key={index}>{t('ui.contacts.problemLine', { line: problem.line, message: isMessageKey(problem.key) ? translateRuntime(t, problem.key, problem.params) : problem.key })}</li>)}</ul>
            </div>
          )}
          <ContactsPreviewTable entries={chosen.preview.entries} decisions={decisions} onDecide={(index, action) => setDecisions((previous) => new Map(previous).set(index, action))} />
          <div className="row">
            <button type="button" className="primary" disabled={saving} onClick={() => void apply()}>{t('ui.contacts.apply')}</button>
            <button type="button" onClick={() => setChosen(undefined)}>{t('ui.common.cancel')}</button>
          </div>
        </section>
      )}
    </div>
  );
}
