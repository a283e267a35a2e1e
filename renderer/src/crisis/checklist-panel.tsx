import { useState } from 'react';
import { formatCrisisClock } from '../../../shared/crisis/crisis-clock.js';
import type { ChecklistItem } from '../../../shared/crisis/crisis-state.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { CrisisPanelProps } from './crisis-mode.js';
import { nameField, nowIso, useAppend, useCrisisName } from './use-crisis.js';

function ChecklistRow(props: { item: ChecklistItem; crisisId: string; closed: boolean }) {
  const { t, language } = useI18n();
  const { item } = props;
  const [name] = useCrisisName();
  const { append, busy, error } = useAppend(props.crisisId);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const tick = (state: 'done' | 'reopened' | 'not-applicable', why?: string) =>
    append({ kind: 'step-ticked', data: { scenarioId: item.scenarioId, stepIndex: item.stepIndex, state, at: nowIso(), ...nameField('by', name), ...(why === undefined ? {} : { reason: why }) } });
  const label = item.text;
  return (
    <li className={`checklist-item state-${item.state}${item.overdue ? ' overdue' : ''}`} data-testid="checklist-item">
      <div className="checklist-main">
        {item.state === 'open' ? (
          <button type="button" className="tick" disabled={busy || props.closed} onClick={() => void tick('done')} aria-label={t('ui.crisisMode.checklist.tick', { step: label })}>
            ☐
          </button>
        ) : (
          <button type="button" className="tick ticked" disabled={busy || props.closed} onClick={() => void tick('reopened')} aria-label={t('ui.crisisMode.checklist.reopen', { step: label })}>
            {item.state === 'done' ? '☑' : '–'}
          </button>
        )}
        <div>
          <span className="step-text">{label}</span>
          <span className="step-meta">
            {item.scenarioName}
            {item.ownerRoleName === undefined ? '' : ` · ${item.ownerRoleName}`}
            {item.dueAt === undefined ? '' : ` · ${t('ui.crisisMode.before', { at: formatCrisisClock(item.dueAt, language) })}`}
            {item.overdue && <strong className="badge critical"> {t('ui.crisisMode.checklist.overdue')}</strong>}
          </span>
          {item.state === 'done' && item.at !== undefined && (
            <span className="step-meta">{item.by === undefined ? t('ui.crisisMode.checklist.doneAt', { at: formatCrisisClock(item.at, language) }) : t('ui.crisisMode.checklist.doneBy', { by: item.by, at: formatCrisisClock(item.at, language) })}</span>
          )}
          {item.state === 'not-applicable' && (
            <span className="step-meta">{t('ui.crisisMode.checklist.notApplicableBecause', { reason: item.reason ?? '' })}</span>
          )}
        </div>
        {item.state === 'open' && !asking && !props.closed && (
          <button type="button" onClick={() => setAsking(true)}>{t('ui.crisisMode.checklist.notApplicable')}</button>
        )}
      </div>
      {asking && (
        <form
          className="row"
          onSubmit={(event) => {
            event.preventDefault();
            if (reason.trim() === '') return;
            void tick('not-applicable', reason.trim()).then((saved) => saved && setAsking(false));
          }}
        >
          <label>
            {t('ui.crisisMode.checklist.reason')} <input value={reason} onChange={(event) => setReason(event.target.value)} required />
          </label>
          <button type="submit" disabled={busy}>{t('ui.crisisMode.save')}</button>
          <button type="button" onClick={() => setAsking(false)}>{t('ui.common.cancel')}</button>
        </form>
      )}
      {error !== undefined && <p className="field-error" role="alert">{error}</p>}
    </li>
  );
}

/** Every step of the activated scenarios, first due first; a tick is one click, and can be undone. */
export function ChecklistPanel(props: CrisisPanelProps) {
  const { t } = useI18n();
  const { state } = props.view;
  const open = state.checklist.filter((item) => item.state === 'open').length;
  return (
    <div>
      <h2>{t('ui.crisisMode.checklist.title')}</h2>
      <p className="hint">{t('ui.crisisMode.checklist.summary', { open, total: state.checklist.length })}</p>
      <ol className="checklist" data-testid="checklist">
        {state.checklist.map((item) => (
          <ChecklistRow key={`${item.scenarioId}#${item.stepIndex}`} item={item} crisisId={props.crisisId} closed={state.closed !== undefined} />
        ))}
      </ol>
    </div>
  );
}
