import { useMemo } from 'react';
import { usePlan } from './plan-context.js';
import { recordNamesOf, type RecordNames } from './record-names.js';

export function useRecordNames(): RecordNames {
  const { view } = usePlan();
  return useMemo(() => recordNamesOf(view.content), [view.content]);
}
