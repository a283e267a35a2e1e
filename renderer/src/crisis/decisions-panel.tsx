import { useMemo, useState, type FormEvent } from 'react';
import { formatCrisisClock } from '../../../shared/crisis/crisis-clock.js';
import type { DecisionView } from '../../../shared/crisis/crisis-state.js';
import { useI18n } from '../i18n/i18n-context.js';
import { VirtualList } from '../shell/virtual-list.js';
import type { CrisisPanelProps } from './crisis-mode.js';
import { BobForm } from './bob-form.js';
import { instantOfLocal, nameField, nowIso, useAppend, useCrisisName } from './use-crisis.js';

const ROW_HEIGHT = 72;

function DecisionRow(props: { decision: DecisionView; onCorrect: () => void }) {
  const { t, language } = useI18n();
  const { decision } = props;
  const corrected = decision.correctedBy.length > 0;
  return (
    <div className={`log-row${corrected ? ' corrected' : ''}`} data-testid="decision">
      <span className="log-time">{formatCrisisClock(decision.at, language)}</span>
      <span className="log-body">
        <span className="log-message">{corrected ? <s>{decision.decision}</s> : decision.decision}</span>
        <span className="step-meta">
          {decision.rationale === undefined ? '' : t('ui.crisisMode.decision.because', { rationale: decision.rationale })}
          {decision.decidedBy === undefined ? '' : ` · ${decision.decidedBy}`}
          {decision.followUps.map((followUp, index) => (
            <span key={index}> · {t('ui.crisisMode.decision.followUpShown', { text: followUp.text, owner: followUp.ownerName ?? '—', due: followUp.due === undefined ? '—' : formatCrisisClock(followUp.due, language) })}</span>
          ))}
        </span>
      </span>
      {!corrected && (
        <button type="button" className="small" onClick={props.onCorrect} aria-label={t('ui.crisisMode.decision.correctDecision', { decision: decision.decision.slice(0, 60) })}>
          {t('ui.crisisMode.log.correct')}
        </button>
      )}
    </div>
  );
}

/** The decision list: what was decided, why, by whom, and what follows from it (owner and due time). */
export function DecisionsPanel(props: CrisisPanelProps) {
  const { t } = useI18n();
  const { state } = props.view;
  const [name] = useCrisisName();
  const [decision, setDecision] = useState('');
  const [rationale, setRationale] = useState('');
  const [decidedBy, setDecidedBy] = useState('');
  const [followUp, setFollowUp] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [corrects, setCorrects] = useState<DecisionView | undefined>(undefined);
  const { append, busy, error } = useAppend(props.crisisId);
  const decisions = useMemo(() => [...state.decisions].reverse(), [state.decisions]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (decision.trim() === '') return;
    const dueAt = instantOfLocal(due);
    const saved = await append({
      kind: 'decision',
      data: {
        at: nowIso(),
        decision: decision.trim(),
        ...(rationale.trim() === '' ? {} : { rationale: rationale.trim() }),
        ...nameField('decidedBy', decidedBy === '' ? name : decidedBy),
        followUps: followUp.trim() === '' ? [] : [{ text: followUp.trim(), ...nameField('ownerName', owner), ...(dueAt === undefined ? {} : { due: dueAt }) }],
        ...(corrects === undefined ? {} : { corrects: corrects.eventId }),
      },
    });
    if (saved) {
      setDecision('');
      setRationale('');
      setFollowUp('');
      setOwner('');
      setDue('');
      setCorrects(undefined);
    }
  }

  const closed = state.closed !== undefined;
  return (
    <div className="decisions">
      <form className="log-form" onSubmit={(event) => void submit(event)} aria-labelledby="decision-form-title">
        <h2 id="decision-form-title">{corrects === undefined ? t('ui.crisisMode.decision.title') : t('ui.crisisMode.log.correcting', { message: corrects.decision.slice(0, 80) })}</h2>
        <label className="stack wide">
          {t('ui.crisisMode.decision.decision')}
          <textarea value={decision} onChange={(event) => setDecision(event.target.value)} rows={2} required />
        </label>
        <div className="row">
          <label>{t('ui.crisisMode.decision.rationale')} <input value={rationale} onChange={(event) => setRationale(event.target.value)} size={30} /></label>
          <label>{t('ui.crisisMode.decision.decidedBy')} <input value={decidedBy} onChange={(event) => setDecidedBy(event.target.value)} placeholder={name} size={16} /></label>
        </div>
        <fieldset className="row">
          <legend>{t('ui.crisisMode.decision.followUp')}</legend>
          <label>{t('ui.crisisMode.decision.followUpText')} <input value={followUp} onChange={(event) => setFollowUp(event.target.value)} size={24} /></label>
          <label>{t('ui.crisisMode.decision.owner')} <input value={owner} onChange={(event) => setOwner(event.target.value)} size={14} /></label>
          <label>{t('ui.crisisMode.decision.due')} <input type="datetime-local" value={due} onChange={(event) => setDue(event.target.value)} /></label>
        </fieldset>
        <div className="row">
          <button type="submit" className="primary" disabled={busy || closed}>{t('ui.crisisMode.decision.add')}</button>
          {corrects !== undefined && <button type="button" onClick={() => setCorrects(undefined)}>{t('ui.common.cancel')}</button>}
        </div>
        {error !== undefined && <p className="field-error" role="alert">{error}</p>}
      </form>
      <h2>{t('ui.crisisMode.decision.list', { count: decisions.length })}</h2>
      <VirtualList
        count={decisions.length}
        rowHeight={ROW_HEIGHT}
        maxHeight={360}
        label={t('ui.crisisMode.decision.listLabel')}
        rowKey={(index) => decisions[index]?.eventId ?? String(index)}
        renderRow={(index) => {
          const entry = decisions[index];
          return entry === undefined ? null : <DecisionRow decision={entry} onCorrect={() => setCorrects(entry)} />;
        }}
      />
      <BobForm crisisId={props.crisisId} meetings={state.bobMeetings} closed={closed} />
    </div>
  );
}
