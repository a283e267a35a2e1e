import { useState } from 'react';
import './crisis.css';
import { formatCrisisClock } from '../../../shared/crisis/crisis-clock.js';
import { useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';
import { Link } from '../router/link.js';
import { ActivationForm } from './activation-form.js';
import { CrisisMode } from './crisis-mode.js';
import { ScenarioCard } from './scenario-card.js';
import { ScenarioPicker } from './scenario-picker.js';
import { useCrisisList } from './use-crisis.js';

/**
 * "Wat nu?": with a crisis under way, its card; otherwise activate one, or read what a scenario asks without
 * activating anything. Past crises stay one click away.
 */
export function CrisisScreen(props: { scenarioId?: string }) {
  const { t, language } = useI18n();
  const { view } = usePlan();
  const list = useCrisisList();
  const [viewing, setViewing] = useState<string | undefined>(undefined);
  const scenario = view.content.scenarios.find((candidate) => candidate.id === props.scenarioId);
  if (scenario !== undefined) {
    return (
      <div className="crisis">
        <Link to={{ screen: 'crisis' }} className="back-link">{t('ui.crisis.otherScenario')}</Link>
        <ScenarioCard scenario={scenario} />
      </div>
    );
  }
  const crises = list.data ?? [];
  const active = crises.find((crisis) => crisis.closedAt === undefined);
  const shown = viewing ?? active?.crisisId;
  if (shown !== undefined) {
    return <CrisisMode key={shown} crisisId={shown} {...(viewing === undefined ? {} : { onLeave: () => setViewing(undefined) })} />;
  }
  const past = crises.filter((crisis) => crisis.closedAt !== undefined);
  return (
    <div className="crisis">
      <h1>{t('ui.crisis.title')}</h1>
      {list.error !== undefined && <p className="field-error" role="alert">{list.error}</p>}
      <ActivationForm onStarted={list.refresh} />
      <h2>{t('ui.crisisMode.readScenario')}</h2>
      <p className="lead">{t('ui.crisis.choose')}</p>
      <ScenarioPicker />
      {past.length > 0 && (
        <section aria-labelledby="past-title">
          <h2 id="past-title">{t('ui.crisisMode.past')}</h2>
          <ul className="plain">
            {past.map((crisis) => (
              <li key={crisis.crisisId}>
                <button type="button" onClick={() => setViewing(crisis.crisisId)}>
                  {[...crisis.scenarioNames, ...(crisis.other === undefined ? [] : [crisis.other])].join(' + ')}
                  {crisis.exercise ? ` (${t('ui.crisisMode.exercise')})` : ''}
                  {crisis.activatedAt === undefined ? '' : ` · ${formatCrisisClock(crisis.activatedAt, language)}`}
                  {crisis.closedAt === undefined ? '' : ` · ${t('ui.crisisMode.closedAt', { at: formatCrisisClock(crisis.closedAt, language) })}`}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
