import { useMemo } from 'react';
import { impactOfScenario } from '../../../shared/plan/impact/index.js';
import { useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';
import { ImpactedProcessList } from '../impact/impacted-process-list.js';

/** What this scenario takes down, most urgent first (MTPD or legal deadline, whichever is first). */
export function AffectedProcesses(props: { scenarioId: string }) {
  const { t } = useI18n();
  const { view } = usePlan();
  const impact = useMemo(() => impactOfScenario(view.content, props.scenarioId), [view.content, props.scenarioId]);
  return (
    <section aria-labelledby="affected-title">
      <h2 id="affected-title">{t('ui.crisis.affected')}</h2>
      <ImpactedProcessList processes={impact.processes} />
    </section>
  );
}
