import { useMemo } from 'react';
import { callTreeProgress, callTreeTargetsOf, type CallTreeProgress } from '../../../shared/cycle/call-tree-progress.js';
import { enumLabels } from '../../../shared/i18n/enum-labels.js';
import type { CallTreeRecord } from '../../../shared/plan/entities.js';
import type { CallTreeTarget } from '../../../shared/plan/meta.js';
import { useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';
import type { CallTreeTestDraft } from './call-tree-test-draft.js';

/** The draft as the plan's call-tree record, so the one rule in shared/cycle computes its figures. */
export function recordOfDraft(draft: CallTreeTestDraft): CallTreeRecord {
  return {
    startedAt: draft.startedAt,
    results: Object.entries(draft.results).map(([personId, result]) => ({ personId, ...result })),
  };
}

function TargetLine(props: { target: CallTreeTarget; outcome?: CallTreeProgress['targets'][number]; running: boolean }) {
  const { t } = useI18n();
  const { target, outcome } = props;
  const text = t('cycle.target', { share: target.share, who: t(enumLabels.callTreeTargetGroup[target.who]), minutes: target.withinMinutes });
  if (outcome === undefined) return <li>{text}</li>;
  const verdict = outcome.met ? 'ui.cycle.test.targetMet' : props.running ? 'ui.cycle.test.targetNotYet' : 'ui.cycle.test.targetMissed';
  return (
    <li data-testid="ctt-target">
      {text}: {t('ui.cycle.test.targetCount', { reached: outcome.reachedInTime, needed: outcome.needed, population: outcome.population })}{' '}
      <span className={`badge ${outcome.met ? 'ok' : props.running ? 'info' : 'critical'}`}>{t(verdict)}</span>
    </li>
  );
}

/** Share reached and time taken against the plan's targets: live while the test runs, final once it is recorded. */
export function CallTreeProgressPanel(props: { record: CallTreeRecord | undefined; now: number; running: boolean }) {
  const { t } = useI18n();
  const { view } = usePlan();
  const { record, now, running } = props;
  const progress = useMemo(
    () => (record === undefined ? undefined : callTreeProgress(view.content, record, running ? new Date(now).toISOString() : undefined)),
    [view.content, record, now, running],
  );
  const targets = callTreeTargetsOf(view.content);
  return (
    <section className="ctt-progress" aria-labelledby="ctt-progress-title" data-testid="ctt-progress">
      <h3 id="ctt-progress-title">{t(progress === undefined ? 'ui.cycle.test.targets' : 'ui.cycle.test.progress')}</h3>
      {progress !== undefined && (
        <>
          <span className="ctt-figure" data-testid="ctt-share">{t('ui.cycle.test.reachedShare', { reached: progress.reached, total: progress.total, share: progress.sharePercent })}</span>
          <span className="ctt-figure">{t('ui.cycle.test.elapsed', { minutes: progress.elapsedMinutes })}</span>
          <span>{t('ui.cycle.test.counts', { notReached: progress.notReached, wrongNumber: progress.wrongNumber, pending: progress.pending })}</span>
        </>
      )}
      <ul aria-label={t('ui.cycle.test.targets')}>
        {targets.map((target, index) => <TargetLine key={`${target.who}-${index}`} target={target} outcome={progress?.targets[index]} running={running} />)}
      </ul>
    </section>
  );
}
