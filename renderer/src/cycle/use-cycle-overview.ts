import { callApi } from '../api/call-api.js';
import { useApiQuery } from '../api/use-api-query.js';

/** The cycle's figures from main (approval state and the changes since, coverage, actions), loaded again after every save. */
export function useCycleOverview() {
  return useApiQuery(() => callApi('cycle.overview'), [], { refreshOn: ['plan.changed'] });
}
