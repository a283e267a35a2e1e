import type { Scenario } from '../../../shared/plan/entities.js';
import { formatDuration } from '../i18n/format.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useRecordNames } from '../plan/use-record-names.js';

export function FirstHourActions(props: { scenario: Scenario }) {
  const { t, language } = useI18n();
  const roleNames = useRecordNames('roles');
  const steps = props.scenario.steps.filter((step) => step.phase === 'first-hour');
  return (
    <section aria-labelledby="first-hour-title">
      <h2 id="first-hour-title">{t('ui.crisis.firstHour')}</h2>
      {steps.length === 0 ? (
        <p>{t('ui.crisis.noSteps')}</p>
      ) : (
        <ol className="action-steps" data-testid="first-hour-steps">
          {steps.map((step, index) => (
            <li key={index}>
              <span className="step-text">{step.text}</span>
              <span className="step-meta">
                {step.ownerRoleId !== undefined && <>{roleNames.get(step.ownerRoleId) ?? step.ownerRoleId}</>}
                {step.deadline !== undefined && <> · {t('ui.crisis.within', { duration: formatDuration(step.deadline, t, language) })}</>}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
