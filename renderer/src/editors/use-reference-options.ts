import { useMemo } from 'react';
import type { CollectionName } from '../../../shared/plan/plan.js';
import { usePlan } from '../plan/plan-context.js';
import { compareNames, recordLabels } from '../../../shared/plan/record-names.js';

/** The records a reference may point to, by name, computed once per revision. */
export function useReferenceOptions(collection: CollectionName): { options: { id: string; label: string }[]; labels: ReadonlyMap<string, string> } {
  const { view } = usePlan();
  return useMemo(() => {
    const options = recordLabels(view.content, collection).sort((a, b) => compareNames(a.label, b.label));
    return { options, labels: new Map(options.map((option) => [option.id, option.label])) };
  }, [view.content, collection]);
}
