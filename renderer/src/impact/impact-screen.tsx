import { useMemo } from 'react';
import { analyseImpact, type Unavailable } from '../../../shared/plan/impact/index.js';
import { useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';
import { useImpactSelection, type UnavailableKind as Kind } from './impact-selection.js';
import { ImpactedProcessList } from './impacted-process-list.js';
import { MarkedSuppliers } from './marked-suppliers.js';
import { UnavailablePicker } from './unavailable-picker.js';

/** "If this is down, what breaks, by when": mark what is out and see the processes hit, most urgent first. */
export function ImpactScreen() {
  const { t } = useI18n();
  const { view } = usePlan();
  const { content } = view;
  const [down, setDown] = useImpactSelection();
  const impact = useMemo(
    () => analyseImpact(content, Object.fromEntries(Object.entries(down).map(([kind, ids]) => [kind, [...ids]])) as Unavailable),
    [content, down],
  );
  const toggle = (kind: Kind) => (id: string, on: boolean) =>
    setDown((previous) => {
      const next = new Set(previous[kind]);
      if (on) next.add(id);
      else next.delete(id);
      return { ...previous, [kind]: next };
    });

  return (
    <div className="impact">
      <h1>{t('ui.impact.title')}</h1>
      <p className="lead">{t('ui.impact.intro')}</p>
      <div className="impact-layout">
        <div className="impact-pickers">
          <UnavailablePicker legend={t('ui.impact.applications')} records={content.applications} selected={down.applicationIds} onToggle={toggle('applicationIds')} />
          <UnavailablePicker legend={t('ui.impact.suppliers')} records={content.organisations} selected={down.supplierIds} onToggle={toggle('supplierIds')} />
          <UnavailablePicker legend={t('ui.impact.locations')} records={content.locations} selected={down.locationIds} onToggle={toggle('locationIds')} />
          <UnavailablePicker legend={t('ui.impact.roles')} records={content.roles} selected={down.roleIds} onToggle={toggle('roleIds')} />
        </div>
        <section aria-labelledby="impact-results" aria-live="polite" className="impact-results">
          <MarkedSuppliers organisations={content.organisations} marked={down.supplierIds} />
          <h2 id="impact-results">{t('ui.impact.results', { count: impact.processes.length })}</h2>
          <ImpactedProcessList processes={impact.processes} />
        </section>
      </div>
    </div>
  );
}
