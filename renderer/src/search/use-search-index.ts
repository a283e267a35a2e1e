import { useMemo } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';
import { buildSearchIndex, type SearchIndex } from './search-index.js';

/** The index is rebuilt only when the plan's content or the language changes, never per keystroke. */
export function useSearchIndex(): SearchIndex {
  const { view } = usePlan();
  const { t } = useI18n();
  return useMemo(() => buildSearchIndex(view.content, t), [view.content, t]);
}
