import { useMemo, useState } from 'react';
import { enumLabels } from '../../../shared/i18n/enum-labels.js';
import type { Translate } from '../../../shared/i18n/index.js';
import type { Exercise } from '../../../shared/plan/entities.js';
import { todayInAmsterdam } from '../../../shared/plan/today.js';
import { formatDate } from '../i18n/format.js';
import { useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';
import { useRecordNames } from '../plan/use-record-names.js';
import { Link } from '../router/link.js';
import { CallTreeResultSheet } from './call-tree-result-sheet.js';
import { CoverageMatrix } from './coverage-matrix.js';
import { CycleRecordPane } from './cycle-record-pane.js';
import { newRecord } from '../editors/new-record.js';

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** What an exercise covers, naming only the parts it has: "2 scenarios, 3 processes, 16 participants". */
function scopeText(exercise: Exercise, t: Translate): string {
  const parts = [
    [exercise.scenarioIds.length, 'ui.cycle.programme.scope.scenarios'],
    [exercise.processIds.length, 'ui.cycle.programme.scope.processes'],
    [exercise.applicationIds.length, 'ui.cycle.programme.scope.applications'],
    [exercise.locationIds.length, 'ui.cycle.programme.scope.locations'],
    [exercise.roleIds.length, 'ui.cycle.programme.scope.roles'],
    [exercise.participantPersonIds.length, 'ui.cycle.programme.scope.participants'],
  ] as const;
  const named = parts.filter(([count]) => count > 0).map(([count, key]) => t(key, { count }));
  return named.length === 0 ? '—' : named.join(', ');
}

/** The exercises of one year, planned and held, each opened in the plan's editor form beside the list. */
export function ExerciseProgramme(props: { id?: string }) {
  const { t, language } = useI18n();
  const { view } = usePlan();
  const people = useRecordNames('people');
  const thisYear = yearOf(todayInAmsterdam(new Date()));
  const exercises = view.content.exercises;
  const years = useMemo(() => [...new Set([thisYear + 1, thisYear, ...exercises.map((exercise) => yearOf(exercise.date))])].sort((a, b) => b - a), [exercises, thisYear]);
  const [year, setYear] = useState(() => {
    const opened = exercises.find((exercise) => exercise.id === props.id);
    return opened === undefined ? thisYear : yearOf(opened.date);
  });
  const opened = exercises.find((exercise) => exercise.id === props.id);
  const ofYear = exercises.filter((exercise) => yearOf(exercise.date) === year).sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));

  return (
    <div className="cycle-programme">
      <section aria-labelledby="programme-title" className="cycle-split">
        <div className="cycle-list">
          <h2 id="programme-title">{t('ui.cycle.programme.title', { year })}</h2>
          <div className="row">
            <label htmlFor="programme-year">{t('ui.cycle.programme.year')}</label>
            <select id="programme-year" value={year} onChange={(event) => setYear(Number(event.target.value))}>
              {years.map((option) => <option key={option} value={option}>{option}</option>)}
            </select>
            <Link to={{ screen: 'cycle', part: 'programme', id: 'new' }} className="button primary">{t('ui.cycle.programme.add')}</Link>
          </div>
          {ofYear.length === 0 ? (
            <p className="hint">{t('ui.cycle.programme.none', { year })}</p>
          ) : (
            <table className="cycle-table" data-testid="exercise-list">
              <thead>
                <tr>
                  <th scope="col">{t('ui.cycle.programme.date')}</th>
                  <th scope="col">{t('ui.cycle.programme.exercise')}</th>
                  <th scope="col">{t('ui.cycle.programme.kind')}</th>
                  <th scope="col">{t('ui.cycle.programme.status')}</th>
                  <th scope="col">{t('ui.cycle.programme.lead')}</th>
                  <th scope="col">{t('ui.cycle.programme.scope')}</th>
                </tr>
              </thead>
              <tbody>
                {ofYear.map((exercise) => (
                  <tr key={exercise.id} aria-current={exercise.id === props.id ? 'true' : undefined}>
                    <td className="nowrap">{formatDate(exercise.date, language)}</td>
                    <td><Link to={{ screen: 'cycle', part: 'programme', id: exercise.id }} current={exercise.id === props.id}>{exercise.title}</Link></td>
                    <td>{t(enumLabels.exerciseKind[exercise.kind])}</td>
                    <td>{t(enumLabels.exerciseStatus[exercise.status])}</td>
                    <td>{exercise.leadPersonId === undefined ? '—' : (people.get(exercise.leadPersonId) ?? exercise.leadPersonId)}</td>
                    <td className="hint">{scopeText(exercise, t)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        {props.id !== undefined && (
          <div className="record-pane">
            {opened?.callTree !== undefined && <CallTreeResultSheet exercise={{ ...opened, callTree: opened.callTree }} />}
            <CycleRecordPane collection="exercises" part="programme" id={props.id} fresh={() => ({ ...newRecord('exercises'), ...(year === thisYear ? {} : { date: `${year}-01-01` }) })} />
          </div>
        )}
      </section>
      <CoverageMatrix />
    </div>
  );
}
