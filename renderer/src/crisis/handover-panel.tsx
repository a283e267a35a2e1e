import { useState, type FormEvent } from 'react';
import { handoverSummaryOf } from '../../../shared/crisis/crisis-handover.js';
import { formatCrisisClock } from '../../../shared/crisis/crisis-clock.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { CrisisPanelProps } from './crisis-mode.js';
import { nowIso, useAppend, useCrisisName } from './use-crisis.js';

/** The page the next shift reads: what is open, what was decided since the last handover, who is away. */
export function HandoverPanel(props: CrisisPanelProps) {
  const { t, language } = useI18n();
  const { state } = props.view;
  const summary = handoverSummaryOf(state);
  const [name] = useCrisisName();
  const [from, setFrom] = useState(name);
  const [to, setTo] = useState('');
  const [text, setText] = useState('');
  const { append, busy, error } = useAppend(props.crisisId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (from.trim() === '' || to.trim() === '' || text.trim() === '') return;
    const by = name.trim() === '' ? from.trim() : name.trim();
    const saved = await append({ kind: 'handover', data: { at: nowIso(), summary: text.trim(), from: from.trim(), to: to.trim(), by } });
    if (saved) {
      setText('');
      setTo('');
    }
  }

  return (
    <div className="handover" data-testid="handover">
      <div className="row no-print">
        <button type="button" onClick={() => window.print()}>{t('ui.crisisMode.handover.print')}</button>
      </div>
      <h2>{t('ui.crisisMode.handover.title')}</h2>
      {summary.since !== undefined && <p className="hint">{t('ui.crisisMode.handover.since', { at: formatCrisisClock(summary.since, language) })}</p>}
      <div className="handover-grid">
        <section aria-labelledby="ho-open">
          <h3 id="ho-open">{t('ui.crisisMode.handover.open', { count: summary.openItems.length })}</h3>
          <ul className="plain">{summary.openItems.slice(0, 12).map((item) => <li key={`${item.scenarioId}#${item.stepIndex}`} className={item.overdue ? 'overdue' : undefined}>{item.text}{item.dueAt === undefined ? '' : ` (${t('ui.crisisMode.before', { at: formatCrisisClock(item.dueAt, language) })})`}</li>)}</ul>
        </section>
        <section aria-labelledby="ho-decisions">
          <h3 id="ho-decisions">{t('ui.crisisMode.handover.decisions', { count: summary.decisions.length })}</h3>
          <ul className="plain">{summary.decisions.map((decision) => <li key={decision.eventId}>{formatCrisisClock(decision.at, language)}: {decision.decision}</li>)}</ul>
        </section>
        <section aria-labelledby="ho-follow">
          <h3 id="ho-follow">{t('ui.crisisMode.handover.followUps', { count: summary.followUps.length })}</h3>
          <ul className="plain">{summary.followUps.map((followUp) => <li key={`${followUp.decisionId}#${followUp.index}`} className={followUp.overdue ? 'overdue' : undefined}>{followUp.text}{followUp.ownerName === undefined ? '' : ` · ${followUp.ownerName}`}{followUp.due === undefined ? '' : ` · ${formatCrisisClock(followUp.due, language)}`}</li>)}</ul>
        </section>
        <section aria-labelledby="ho-away">
          <h3 id="ho-away">{t('ui.crisisMode.handover.away', { count: summary.away.length })}</h3>
          <ul className="plain">{summary.away.map((entry) => <li key={entry.personId}>{entry.personName}{entry.until === undefined ? '' : ` · ${t('ui.crisisMode.staffing.untilShown', { until: formatCrisisClock(entry.until, language) })}`}</li>)}</ul>
          <ul className="plain">{summary.standingIn.map((role) => <li key={role.roleId}>{t('ui.crisisMode.staffing.deputyStandsIn', { role: role.roleName, name: role.standingInName ?? '' })}</li>)}</ul>
        </section>
        <section aria-labelledby="ho-log">
          <h3 id="ho-log">{t('ui.crisisMode.handover.lastEntries')}</h3>
          <ul className="plain">{summary.lastEntries.map((entry) => <li key={entry.eventId}>{formatCrisisClock(entry.at, language)}: {entry.message}</li>)}</ul>
        </section>
      </div>
      <form className="log-form no-print" onSubmit={(event) => void submit(event)} aria-labelledby="handover-form-title">
        <h3 id="handover-form-title">{t('ui.crisisMode.handover.record')}</h3>
        <div className="row">
          <label>{t('ui.crisisMode.handover.from')} <input value={from} onChange={(event) => setFrom(event.target.value)} required /></label>
          <label>{t('ui.crisisMode.handover.to')} <input value={to} onChange={(event) => setTo(event.target.value)} required /></label>
        </div>
        <label className="stack wide">{t('ui.crisisMode.handover.summary')}<textarea value={text} onChange={(event) => setText(event.target.value)} rows={2} required /></label>
        <button type="submit" className="primary" disabled={busy || state.closed !== undefined}>{t('ui.crisisMode.handover.save')}</button>
        {error !== undefined && <p className="field-error" role="alert">{error}</p>}
      </form>
      {state.handovers.length > 0 && (
        <section aria-labelledby="ho-past">
          <h3 id="ho-past">{t('ui.crisisMode.handover.past')}</h3>
          <ul className="plain">{state.handovers.map((handover) => <li key={handover.eventId}>{formatCrisisClock(handover.at, language)}: {t('ui.crisisMode.handover.fromTo', { from: handover.from, to: handover.to })} — {handover.summary}</li>)}</ul>
        </section>
      )}
    </div>
  );
}
