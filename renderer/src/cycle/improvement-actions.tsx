import { useMemo, useState } from 'react';
import { enumLabels } from '../../../shared/i18n/enum-labels.js';
import type { ImprovementAction } from '../../../shared/plan/cycle-records.js';
import { recordNames } from '../../../shared/plan/record-names.js';
import { todayInAmsterdam } from '../../../shared/plan/today.js';
import { isOpenAction as isOpen, isOverdueAction } from '../../../shared/cycle/improvement-actions.js';
import { formatDate } from '../i18n/format.js';
import { useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';
import { useRecordNames } from '../plan/use-record-names.js';
import { Link } from '../router/link.js';
import { CycleRecordPane } from './cycle-record-pane.js';
import { SaveActionsCsv } from './save-actions-csv.js';

type Filter = 'open' | 'all';

/** Open first, the most overdue on top; closed ones after, the latest closed first. */
function byUrgency(a: ImprovementAction, b: ImprovementAction): number {
  if (isOpen(a) !== isOpen(b)) return isOpen(a) ? -1 : 1;
  if (isOpen(a)) return (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.text.localeCompare(b.text);
  return (b.closedOn ?? '').localeCompare(a.closedOn ?? '') || a.text.localeCompare(b.text);
}

/** Every improvement action from exercises and crises: owner, due date, status, what it concerns; overdue marked. */
export function ImprovementActions(props: { id?: string }) {
  const { t, language } = useI18n();
  const { view } = usePlan();
  const people = useRecordNames('people');
  const exercises = useRecordNames('exercises');
  const [filter, setFilter] = useState<Filter>('open');
  const today = todayInAmsterdam(new Date());
  const actions = useMemo(() => [...view.content.improvementActions].sort(byUrgency), [view.content.improvementActions]);
  const shown = filter === 'all' ? actions : actions.filter(isOpen);
  const overdue = actions.filter((action) => isOverdueAction(action, today)).length;
  const concernName = (collection: ImprovementAction['concerns'][number]['collection'], id: string) => recordNames(view.content, collection).get(id) ?? id;

  return (
    <section aria-labelledby="actions-title" className="cycle-split">
      <div className="cycle-list">
        <h2 id="actions-title">{t('ui.cycle.part.actions')}</h2>
        <p data-testid="actions-count">{t('ui.cycle.actions.counts', { open: actions.filter(isOpen).length, overdue })}</p>
        <div className="row">
          <label htmlFor="actions-filter">{t('ui.common.filter')}</label>
          <select id="actions-filter" value={filter} onChange={(event) => setFilter(event.target.value as Filter)}>
            <option value="open">{t('ui.cycle.actions.filter.open')}</option>
            <option value="all">{t('ui.cycle.actions.filter.all')}</option>
          </select>
          <Link to={{ screen: 'cycle', part: 'actions', id: 'new' }} className="button primary">{t('ui.cycle.actions.add')}</Link>
          <SaveActionsCsv />
        </div>
        {shown.length === 0 ? (
          <p className="hint">{t('ui.cycle.actions.none')}</p>
        ) : (
          <table className="cycle-table" data-testid="action-list">
            <thead>
              <tr>
                <th scope="col">{t('ui.cycle.actions.action')}</th>
                <th scope="col">{t('ui.cycle.actions.owner')}</th>
                <th scope="col">{t('ui.cycle.actions.due')}</th>
                <th scope="col">{t('ui.cycle.actions.status')}</th>
                <th scope="col">{t('ui.cycle.actions.source')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((action) => {
                const late = isOverdueAction(action, today);
                return (
                  <tr key={action.id} className={late ? 'overdue' : undefined} data-testid="action-row">
                    <td>
                      <Link to={{ screen: 'cycle', part: 'actions', id: action.id }} current={action.id === props.id}>{action.text}</Link>
                      {action.concerns.length > 0 && (
                        <div className="hint">{t('ui.cycle.actions.concerns', { records: action.concerns.map((ref) => concernName(ref.collection, ref.id)).join(', ') })}</div>
                      )}
                    </td>
                    <td>{action.ownerPersonId === undefined ? '—' : (people.get(action.ownerPersonId) ?? action.ownerPersonId)}</td>
                    <td>
                      {formatDate(action.dueDate, language)}
                      {late && <span className="badge critical">{t('ui.cycle.actions.overdue')}</span>}
                    </td>
                    <td>{t(enumLabels.actionStatus[action.status])}</td>
                    <td>
                      {action.sourceExerciseId !== undefined && (
                        <Link to={{ screen: 'cycle', part: 'programme', id: action.sourceExerciseId }}>{exercises.get(action.sourceExerciseId) ?? action.sourceExerciseId}</Link>
                      )}
                      {action.sourceCrisis !== undefined && t('ui.cycle.actions.fromCrisis', { title: action.sourceCrisis.title })}
                      {action.sourceExerciseId === undefined && action.sourceCrisis === undefined && '—'}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </div>
      {props.id !== undefined && (
        <div className="record-pane">
          <CycleRecordPane collection="improvementActions" part="actions" id={props.id} />
        </div>
      )}
    </section>
  );
}
