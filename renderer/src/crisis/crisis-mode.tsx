import { useEffect, useMemo, useState } from 'react';
import { crisisCardOf } from '../../../shared/crisis/crisis-card.js';
import { formatCrisisClock } from '../../../shared/crisis/crisis-clock.js';
import type { CrisisView } from '../../../shared/crisis/crisis-contract.js';
import type { PlainMessageKey } from '../../../shared/i18n/index.js';
import { useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';
import { CrisisCardView } from './crisis-card-view.js';
import { ChecklistPanel } from './checklist-panel.js';
import { ClosePanel } from './close-panel.js';
import { DecisionsPanel } from './decisions-panel.js';
import { HandoverPanel } from './handover-panel.js';
import { LogbookPanel } from './logbook-panel.js';
import { StaffingPanel } from './staffing-panel.js';
import { useCrisisView } from './use-crisis.js';

const tabs = ['card', 'checklist', 'logbook', 'decisions', 'staffing', 'handover', 'close'] as const;
type Tab = (typeof tabs)[number];
const tabLabels = {
  card: 'ui.crisisMode.tab.card',
  checklist: 'ui.crisisMode.tab.checklist',
  logbook: 'ui.crisisMode.tab.logbook',
  decisions: 'ui.crisisMode.tab.decisions',
  staffing: 'ui.crisisMode.tab.staffing',
  handover: 'ui.crisisMode.tab.handover',
  close: 'ui.crisisMode.tab.close',
} as const satisfies Record<Tab, PlainMessageKey>;

/** A digit key switches the panel, unless the person is typing in a field. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export interface CrisisPanelProps {
  readonly view: CrisisView;
  readonly crisisId: string;
}

/** An active (or past) crisis: the card first, every other part one keystroke away (1 to 7). */
export function CrisisMode(props: { crisisId: string; onLeave?: () => void }) {
  const { t, language } = useI18n();
  const { view: plan } = usePlan();
  const query = useCrisisView(props.crisisId);
  const [tab, setTab] = useState<Tab>('card');

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const index = Number(event.key) - 1;
      const next = tabs[index];
      if (next !== undefined) setTab(next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const data = query.data;
  const card = useMemo(() => (data === undefined ? undefined : crisisCardOf(plan.content, data.state, { deadlines: 4 })), [plan.content, data]);
  if (data === undefined || card === undefined) {
    return query.error === undefined ? <p>{t('ui.common.loading')}</p> : <p className="field-error" role="alert">{query.error}</p>;
  }
  const { state } = data;
  const title = [...card.scenarioNames, ...(card.other === undefined ? [] : [card.other])].join(' + ');
  return (
    <div className={`crisis crisis-mode${card.exercise ? ' is-exercise' : ''}`}>
      <header className="crisis-header">
        {card.exercise && <p className="exercise-banner" data-testid="exercise-banner">{t('ui.crisisMode.exercise')}</p>}
        <h1 id="crisis-title" title={title}>{title}</h1>
        <p className="crisis-since">
          {card.activatedAt === undefined ? null : t('ui.crisisMode.activatedAt', { at: formatCrisisClock(card.activatedAt, language), by: card.activatedBy ?? '' })}
          {state.closed !== undefined && <strong className="badge ok"> {t('ui.crisisMode.closedAt', { at: formatCrisisClock(state.closed.at, language) })}</strong>}
        </p>
        {tab === 'card' && (
          <button type="button" onClick={() => window.print()}>{t('ui.crisisMode.card.print')}</button>
        )}
        {props.onLeave !== undefined && (
          <button type="button" onClick={props.onLeave}>{t('ui.crisisMode.leave')}</button>
        )}
      </header>
      {data.problems.length > 0 && (
        <p className="notice critical" role="alert">{t('ui.crisisMode.problems', { count: data.problems.length })}</p>
      )}
      {data.clockWarnings.length > 0 && (
        <p className="notice warning" role="alert">{t('ui.crisisMode.clockWarning', { count: data.clockWarnings.length })}</p>
      )}
      <div role="tablist" aria-label={t('ui.crisisMode.parts')} className="crisis-tabs">
        {tabs.map((name, index) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`crisis-tab-${name}`}
            aria-selected={tab === name}
            aria-controls="crisis-panel"
            aria-keyshortcuts={String(index + 1)}
            onClick={() => setTab(name)}
          >
            <span className="tab-key" aria-hidden="true">{index + 1}</span> {t(tabLabels[name])}
          </button>
        ))}
      </div>
      <section id="crisis-panel" role="tabpanel" aria-labelledby={`crisis-tab-${tab}`} className="crisis-panel">
        {tab === 'card' && <CrisisCardView card={card} />}
        {tab === 'checklist' && <ChecklistPanel view={data} crisisId={props.crisisId} />}
        {tab === 'logbook' && <LogbookPanel view={data} crisisId={props.crisisId} />}
        {tab === 'decisions' && <DecisionsPanel view={data} crisisId={props.crisisId} />}
        {tab === 'staffing' && <StaffingPanel view={data} crisisId={props.crisisId} />}
        {tab === 'handover' && <HandoverPanel view={data} crisisId={props.crisisId} />}
        {tab === 'close' && <ClosePanel view={data} crisisId={props.crisisId} />}
      </section>
    </div>
  );
}
