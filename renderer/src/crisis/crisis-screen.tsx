import { useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';
import { Link } from '../router/link.js';
import { ScenarioCard } from './scenario-card.js';
import { ScenarioPicker } from './scenario-picker.js';

/** "Wat nu?": one click to get here, one to choose what happened; then only what to do, whom to call, and what is due. */
export function CrisisScreen(props: { scenarioId?: string }) {
  const { t } = useI18n();
  const { view } = usePlan();
  const scenario = view.content.scenarios.find((candidate) => candidate.id === props.scenarioId);
  return (
    <div className="crisis">
      {scenario === undefined ? (
        <>
          <h1>{t('ui.crisis.title')}</h1>
          <p className="lead">{t('ui.crisis.choose')}</p>
          <ScenarioPicker />
        </>
      ) : (
        <>
          <Link to={{ screen: 'crisis' }} className="back-link">{t('ui.crisis.otherScenario')}</Link>
          <ScenarioCard scenario={scenario} />
        </>
      )}
    </div>
  );
}
