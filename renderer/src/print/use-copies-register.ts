import type { CopyRecord } from '../../../shared/documents-contract.js';
import { callApi } from '../api/call-api.js';
import { useApiQuery } from '../api/use-api-query.js';

/** The register of copies from main; `reload` after anything that may have added a line. */
export function useCopiesRegister(): {
  entries: readonly CopyRecord[] | undefined;
  error: string | undefined;
  reload: () => void;
} {
  const { data: entries, error, refresh } = useApiQuery(() => callApi('copies.list'), []);
  return { entries, error, reload: refresh };
}

/** The number the next numbered copy of this plan will get (copies are numbered per plan). */
export function nextCopyNumber(entries: readonly CopyRecord[] | undefined, planId: string): number | undefined {
  if (entries === undefined) return undefined;
  return Math.max(0, ...entries.filter((entry) => entry.planId === planId).map((entry) => entry.copyNumber ?? 0)) + 1;
}
