import { useMemo } from 'react';
import { checkPlanHealth, type HealthGap } from '../../../shared/plan/health/index.js';
import { todayInAmsterdam } from '../../../shared/plan/today.js';
import { usePlan } from './plan-context.js';

const severityOrder = { critical: 0, warning: 1, info: 2 } as const;

/** The plan's gaps, most serious first; derived from the content, computed once per revision. */
export function useHealth(): HealthGap[] {
  const { view } = usePlan();
  return useMemo(
    () => checkPlanHealth(view.content, todayInAmsterdam(new Date())).sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]),
    [view.content],
  );
}
