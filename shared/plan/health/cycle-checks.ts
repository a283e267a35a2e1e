import { addYears } from '../calendar.js';
import { COVERAGE_YEARS, coverageMatrix, heldExercises } from '../../cycle/coverage.js';
import { isOverdueAction } from '../../cycle/improvement-actions.js';
import type { IsoDate } from '../primitives.js';
import { META_RECORD_ID, type PlanContent } from '../plan.js';
import { healthGap, type HealthGap } from './health-codes.js';

/*
 * The yearly cycle's gaps: what was not exercised, actions left overdue, a plan not (or no longer) adopted.
 * BIO 5.30.01 asks for a yearly test; ISO 22301 8.5 for an exercise programme whose findings are acted on.
 */

/** What only main can tell: whether the content differs from the adopted revision (it hashes the content). */
export interface HealthContext {
  readonly changedSinceAdoption?: { readonly revision: number; readonly date: IsoDate };
}

export function checkCoverage(content: PlanContent, today: IsoDate): HealthGap[] {
  const gaps: HealthGap[] = [];
  for (const row of coverageMatrix(content, today).rows) {
    if (row.exerciseIds.length > 0) continue;
    if (row.collection === 'processes') {
      gaps.push(healthGap('criticalProcessNotExercised', 'processes', row.id, { process: row.name, years: COVERAGE_YEARS }));
    } else if (row.lastExercised === undefined) {
      gaps.push(healthGap('scenarioNeverExercised', 'scenarios', row.id, { scenario: row.name }));
    }
  }
  return gaps;
}

export function checkNoExerciseLastYear(content: PlanContent, today: IsoDate): HealthGap[] {
  const yearAgo = addYears(today, -1);
  const last = heldExercises(content, today).at(-1);
  if (last !== undefined && last.date > yearAgo) return [];
  return [healthGap('noExerciseLastYear', 'meta', META_RECORD_ID, { lastExercise: last?.date ?? '-' })];
}

export function checkOverdueActions(content: PlanContent, today: IsoDate): HealthGap[] {
  return content.improvementActions
    .filter((action) => isOverdueAction(action, today))
    .map((action) => healthGap('improvementActionOverdue', 'improvementActions', action.id, { action: action.text, dueDate: action.dueDate ?? '' }));
}

export function checkAdoption(content: PlanContent, _today: IsoDate, context: HealthContext = {}): HealthGap[] {
  const changed = context.changedSinceAdoption;
  if (changed !== undefined) {
    return [healthGap('planChangedSinceAdoption', 'meta', META_RECORD_ID, { revision: changed.revision, date: changed.date })];
  }
  if (content.approvals.length === 0 && content.meta.approvedOn === undefined) {
    return [healthGap('planNeverAdopted', 'meta', META_RECORD_ID, {})];
  }
  return [];
}
