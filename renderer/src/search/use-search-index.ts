import { useMemo } from 'react';
import { usePlan } from '../plan/plan-context.js';
import { buildSearchIndex, type SearchIndex } from './search-index.js';

/** The index is rebuilt only when the plan's content changes (a new revision), never per keystroke. */
export function useSearchIndex(): SearchIndex {
  const { view } = usePlan();
  return useMemo(() => buildSearchIndex(view.content), [view.content]);
}
