import { useEffect, useState } from 'react';
import type { HistoryEntry } from '../../../shared/api.js';
import { callApi, ApiCallError } from '../api/call-api.js';
import { translateApiError, useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';

/** The kept revisions, listed again whenever the plan gets a new one. */
export function useHistory(): { entries: HistoryEntry[] | undefined; error: string | undefined } {
  const { t } = useI18n();
  const { view } = usePlan();
  const [entries, setEntries] = useState<HistoryEntry[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    let live = true;
    callApi('history.list').then(
      (list) => live && setEntries(list),
      (caught: unknown) => live && setError(caught instanceof ApiCallError ? translateApiError(t, caught.error) : String(caught)),
    );
    return () => {
      live = false;
    };
  }, [view.revision, t]);
  return { entries, error };
}
