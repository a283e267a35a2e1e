import type { HistoryEntry } from '../../../shared/api.js';
import { callApi } from '../api/call-api.js';
import { useApiQuery } from '../api/use-api-query.js';

/** The kept revisions, listed again whenever the plan gets a new one. */
export function useHistory(): { entries: HistoryEntry[] | undefined; error: string | undefined } {
  const { data: entries, error } = useApiQuery(() => callApi('history.list'), [], { refreshOn: ['plan.changed'] });
  return { entries, error };
}
