import type { ImpactedProcess } from '../../../shared/plan/impact/index.js';
import { enumLabels } from '../../../shared/i18n/enum-labels.js';
import { formatDuration, formatMinutes } from '../i18n/format.js';
import { useI18n } from '../i18n/i18n-context.js';

function ProcessRow(props: { process: ImpactedProcess }) {
  const { t, language } = useI18n();
  const { process } = props;
  return (
    <li className={`impacted ${process.criticality}`}>
      <h3>{process.name}</h3>
      <p className="due">
        {process.dueInMinutes === undefined ? t('ui.impact.noDeadline') : t('ui.impact.dueWithin', { duration: formatMinutes(process.dueInMinutes, t, language) })}
        {' · '}{t(enumLabels.criticality[process.criticality])}
      </p>
      <p className="reasons">{t('ui.impact.because', { reasons: process.reasons.map((reason) => reason.viaApplicationName === undefined ? reason.name : `${reason.name} (${reason.viaApplicationName})`).join(', ') })}</p>
      {process.legalDeadlines.length > 0 && (
        <ul className="legal">
          {process.legalDeadlines.map((deadline, index) => (
            <li key={index}>{deadline.description}{deadline.term === undefined ? '' : ` — ${formatDuration(deadline.term, t, language)}`}</li>
          ))}
        </ul>
      )}
      <p className="workaround"><strong>{t('ui.impact.workaround')}</strong> {process.workaround ?? t('ui.impact.noWorkaround')}</p>
    </li>
  );
}

export function ImpactedProcessList(props: { processes: readonly ImpactedProcess[] }) {
  const { t } = useI18n();
  if (props.processes.length === 0) return <p>{t('ui.impact.none')}</p>;
  return (
    <ol className="impacted-list" data-testid="impacted-processes">
      {props.processes.map((process) => <ProcessRow key={process.id} process={process} />)}
    </ol>
  );
}
