import { useState, type FormEvent } from 'react';
import { enumLabels } from '../../../shared/i18n/enum-labels.js';
import { approvalBodies, type ApprovalBody } from '../../../shared/plan/cycle-records.js';
import { todayInAmsterdam } from '../../../shared/plan/today.js';
import { callApi } from '../api/call-api.js';
import { useApiQuery } from '../api/use-api-query.js';
import { formatTimestamp } from '../i18n/format.js';
import { useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';

/** Records that a body adopted a revision: main binds it to that revision's content and signature. */
export function ApprovalForm(props: { onSaved: () => void }) {
  const { t, language } = useI18n();
  const { view, runSave, saving } = usePlan();
  const history = useApiQuery(() => callApi('history.list'), [], { refreshOn: ['plan.changed'] });
  const [revision, setRevision] = useState<number | undefined>(undefined);
  const [body, setBody] = useState<ApprovalBody>('college');
  const [bodyName, setBodyName] = useState('');
  const [date, setDate] = useState(() => todayInAmsterdam(new Date()));
  const [reference, setReference] = useState('');
  const [saved, setSaved] = useState(false);
  const chosen = revision ?? view.revision;
  const revisions = (history.data ?? []).filter((entry) => entry.savedAt !== undefined).sort((a, b) => b.revision - a.revision);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const request = {
      revision: chosen,
      body,
      date,
      ...(bodyName.trim() === '' ? {} : { bodyName: bodyName.trim() }),
      ...(reference.trim() === '' ? {} : { reference: reference.trim() }),
    };
    if (await runSave(() => callApi('cycle.approve', request))) {
      setSaved(true);
      setReference('');
      props.onSaved();
    }
  }

  return (
    <form className="approval-form" onSubmit={(event) => void submit(event)} aria-labelledby="approval-form-title">
      <h3 id="approval-form-title">{t('ui.cycle.approval.record')}</h3>
      <p className="hint">{t('ui.cycle.approval.recordHint')}</p>
      <div className="approval-fields">
        <label htmlFor="approval-revision">{t('ui.cycle.approval.revision')}</label>
        <select id="approval-revision" value={chosen} onChange={(event) => setRevision(Number(event.target.value))}>
          {revisions.length === 0 && <option value={view.revision}>{t('ui.cycle.approval.revisionCurrent', { revision: view.revision })}</option>}
          {revisions.map((entry) => (
            <option key={entry.revision} value={entry.revision}>
              {entry.current ? t('ui.cycle.approval.revisionCurrent', { revision: entry.revision }) : t('ui.cycle.approval.revisionOption', { revision: entry.revision, savedAt: formatTimestamp(entry.savedAt, language) })}
            </option>
          ))}
        </select>
        <label htmlFor="approval-body">{t('ui.cycle.approval.body')}</label>
        <select id="approval-body" value={body} onChange={(event) => setBody(event.target.value as ApprovalBody)}>
          {approvalBodies.map((option) => <option key={option} value={option}>{t(enumLabels.approvalBody[option])}</option>)}
        </select>
        <label htmlFor="approval-body-name">{t('ui.cycle.approval.bodyName')}{body === 'other' && <span className="required" aria-hidden="true">*</span>}</label>
        <input id="approval-body-name" value={bodyName} required={body === 'other'} maxLength={300} onChange={(event) => setBodyName(event.target.value)} />
        <label htmlFor="approval-date">{t('ui.cycle.approval.date')}</label>
        <input id="approval-date" type="date" required value={date} onChange={(event) => setDate(event.target.value)} />
        <label htmlFor="approval-reference">{t('ui.cycle.approval.referenceLabel')}</label>
        <input id="approval-reference" value={reference} maxLength={200} onChange={(event) => setReference(event.target.value)} />
      </div>
      <div className="row form-actions">
        <button type="submit" className="primary" disabled={saving}>{t('ui.cycle.approval.submit', { revision: chosen })}</button>
        {saved && <span role="status" className="badge ok">{t('ui.cycle.approval.saved')}</span>}
      </div>
    </form>
  );
}
