import { useMemo } from 'react';
import { coverageMatrix } from '../../../shared/cycle/coverage.js';
import { enumLabels } from '../../../shared/i18n/enum-labels.js';
import { todayInAmsterdam } from '../../../shared/plan/today.js';
import { formatDate } from '../i18n/format.js';
import { useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';
import { useHealth } from '../plan/use-health.js';
import { translateRuntime } from '../../../shared/i18n/index.js';

/** The health's coverage gaps, marked on the matrix row of the record they name. */
const coverageGapCodes: ReadonlySet<string> = new Set(['criticalProcessNotExercised', 'scenarioNeverExercised']);

/** Critical processes and scenarios against the exercises held in the last years; the health's gaps marked on their rows. */
export function CoverageMatrix() {
  const { t, language } = useI18n();
  const { view } = usePlan();
  const gaps = useHealth();
  const matrix = useMemo(() => coverageMatrix(view.content, todayInAmsterdam(new Date())), [view.content]);
  const gapOf = useMemo(() => {
    const byRecord = new Map<string, string>();
    for (const gap of gaps) {
      if (coverageGapCodes.has(gap.code)) {
        // The row already names the record: the rule says what is wrong without naming it a second time.
        byRecord.set(`${gap.collection}:${gap.recordId}`, translateRuntime(t, `health.rule.${gap.code}`, {}));
      }
    }
    return byRecord;
  }, [gaps, t]);

  return (
    <section aria-labelledby="coverage-title" className="coverage-section">
      <h2 id="coverage-title">{t('ui.cycle.coverage.title')}</h2>
      <p className="hint">{t('ui.cycle.coverage.intro', { since: formatDate(matrix.since, language) })}</p>
      {matrix.exercises.length === 0 && <p>{t('ui.cycle.coverage.none')}</p>}
      <div className="coverage" tabIndex={0} role="region" aria-labelledby="coverage-title">
        <table className="cycle-table" data-testid="coverage-matrix">
          <thead>
            <tr>
              <th scope="col">{t('ui.cycle.coverage.record')}</th>
              {matrix.exercises.map((exercise) => (
                <th key={exercise.id} scope="col" className="exercise-column">
                  {exercise.title}
                  <br />
                  <span className="hint">{formatDate(exercise.date, language)} · {t(enumLabels.exerciseKind[exercise.kind])}</span>
                </th>
              ))}
              <th scope="col">{t('ui.cycle.coverage.last')}</th>
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => {
              const gap = gapOf.get(`${row.collection}:${row.id}`);
              const covered = new Set(row.exerciseIds);
              return (
                <tr key={`${row.collection}:${row.id}`} className={gap === undefined ? undefined : 'gap'} data-testid="coverage-row" data-record={row.id}>
                  <th scope="row">
                    {row.name}
                    <span className="hint"> · {t(`ui.collection.${row.collection}`)}</span>
                    {gap !== undefined && <div className="field-error">{gap}</div>}
                  </th>
                  {matrix.exercises.map((exercise) => (
                    <td key={exercise.id} className={`cell${covered.has(exercise.id) ? ' covered' : ''}`}>
                      {covered.has(exercise.id) ? <span aria-label={t('ui.cycle.coverage.covered')}>✓</span> : <span className="visually-hidden">{t('ui.cycle.coverage.notCovered')}</span>}
                    </td>
                  ))}
                  <td>{formatDate(row.lastExercised, language)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
