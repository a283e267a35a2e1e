import type { Scenario } from '../../../shared/plan/entities.js';
import { useI18n } from '../i18n/i18n-context.js';
import { AffectedProcesses } from './affected-processes.js';
import { FirstHourActions } from './first-hour-actions.js';
import { WhoToCall } from './who-to-call.js';

export function ScenarioCard(props: { scenario: Scenario }) {
  const { t } = useI18n();
  const { scenario } = props;
  return (
    <article aria-labelledby="scenario-title" className="scenario-card">
      <h1 id="scenario-title">{scenario.name}</h1>
      {scenario.activationCriteria.length > 0 && (
        <section aria-labelledby="criteria-title">
          <h2 id="criteria-title">{t('ui.crisis.criteria')}</h2>
          <ul>{scenario.activationCriteria.map((criterion, index) => <li key={index}>{criterion}</li>)}</ul>
        </section>
      )}
      <FirstHourActions scenario={scenario} />
      <WhoToCall scenario={scenario} />
      <AffectedProcesses scenarioId={scenario.id} />
      {scenario.strategy !== undefined && (
        <section aria-labelledby="strategy-title">
          <h2 id="strategy-title">{t('ui.crisis.strategy')}</h2>
          <p className="prose">{scenario.strategy}</p>
        </section>
      )}
    </article>
  );
}
