import { useMemo, useState } from 'react';
import { enumLabels } from '../../../shared/i18n/enum-labels.js';
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
                    <td>{formatDate(exercise.date, language)}</td>
                    <td><Link to={{ screen: 'cycle', part: 'programme', id: exercise.id }} current={exercise.id === props.id}>{exercise.title}</Link></td>
                    <td>{t(enumLabels.exerciseKind[exercise.kind])}</td>
                    <td>{t(enumLabels.exerciseStatus[exercise.status])}</td>
                    <td>{exercise.leadPersonId === undefined ? '—' : (people.get(exercise.leadPersonId) ?? exercise.leadPersonId)}</td>
                    <td className="hint">
                      {t('ui.cycle.programme.scopeCounts', {
                        scenarios: exercise.scenarioIds.length,
                        processes: exercise.processIds.length,
                        applications: exercise.applicationIds.length,
                        locations: exercise.locationIds.length,
                        roles: exercise.roleIds.length,
                      })}
                      {exercise.participantPersonIds.length > 0 && ` · ${t('ui.cycle.programme.participantCount', { count: exercise.participantPersonIds.length })}`}
                    </td>
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
