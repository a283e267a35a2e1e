import { useMemo } from 'react';
import type { CollectionName } from '../../../shared/plan/plan.js';
import { recordNames } from '../../../shared/plan/record-names.js';
import { usePlan } from './plan-context.js';

/** Id to name for one collection, built once per revision. */
export function useRecordNames(collection: CollectionName): ReadonlyMap<string, string> {
  const { view } = usePlan();
  return useMemo(() => recordNames(view.content, collection), [view.content, collection]);
}
