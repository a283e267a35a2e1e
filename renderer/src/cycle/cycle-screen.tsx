import { useI18n } from '../i18n/i18n-context.js';
import { Link } from '../router/link.js';
import { cycleParts, type CyclePart } from '../router/routes.js';
import { ApprovalPanel } from './approval-panel.js';
import { CallTreeTest } from './call-tree-test.js';
import { EvidencePanel } from './evidence-panel.js';
import { ExerciseProgramme } from './exercise-programme.js';
import { ImprovementActions } from './improvement-actions.js';
import './cycle.css';

/** The parts of the year, as links: each part has its own address, so back, forward and a reload keep it. */
function CycleTabs(props: { current: CyclePart }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('ui.cycle.parts')} className="editor-tabs cycle-tabs">
      <ul>
        {cycleParts.map((part) => (
          <li key={part}>
            <Link to={{ screen: 'cycle', part }} current={part === props.current}>{t(`ui.cycle.part.${part}`)}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The BCM coordinator's year: exercises, the call-tree test, improvement actions, approval and the evidence. */
export function CycleScreen(props: { part: CyclePart; id?: string }) {
  const { t } = useI18n();
  return (
    <div className="cycle">
      <h1>{t('ui.cycle.title')}</h1>
      <CycleTabs current={props.part} />
      {props.part === 'programme' && <ExerciseProgramme id={props.id} />}
      {props.part === 'call-tree-test' && <CallTreeTest />}
      {props.part === 'actions' && <ImprovementActions id={props.id} />}
      {props.part === 'approval' && <ApprovalPanel />}
      {props.part === 'evidence' && <EvidencePanel />}
    </div>
  );
}
