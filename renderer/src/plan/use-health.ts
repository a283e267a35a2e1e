import { useMemo } from 'react';
import { checkPlanHealth, type HealthGap } from '../../../shared/plan/health/index.js';
import type { HealthContext } from '../../../shared/plan/health/cycle-checks.js';
import { todayInAmsterdam } from '../../../shared/plan/today.js';
import { useCycleOverview } from '../cycle/use-cycle-overview.js';
import { usePlan } from './plan-context.js';

const severityOrder = { critical: 0, warning: 1, info: 2 } as const;

/**
 * The plan's gaps, most serious first; derived from the content, computed once per revision. Whether the plan
 * changed since its adopted revision needs that revision's content, which only main has: its answer joins in.
 */
export function useHealth(): HealthGap[] {
  const { view } = usePlan();
  const adoption = useCycleOverview().data?.adoption;
  const approval = adoption?.approval;
  const changed = (adoption?.state === 'changed' || adoption?.state === 'changed-unknown') && approval !== undefined;
  const revision = changed ? approval.revision : undefined;
  const date = changed ? approval.date : undefined;
  return useMemo(() => {
    const context: HealthContext = revision === undefined || date === undefined ? {} : { changedSinceAdoption: { revision, date } };
    return checkPlanHealth(view.content, todayInAmsterdam(new Date()), context).sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
  }, [view.content, revision, date]);
}
