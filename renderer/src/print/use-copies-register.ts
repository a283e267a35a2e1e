import { useCallback, useEffect, useState } from 'react';
import type { CopyRecord } from '../../../shared/documents-contract.js';
import { callApi, ApiCallError } from '../api/call-api.js';
import { translateApiError, useI18n } from '../i18n/i18n-context.js';

/** The register of copies from main; `reload` after anything that may have added a line. */
export function useCopiesRegister(): {
  entries: readonly CopyRecord[] | undefined;
  error: string | undefined;
  version: number;
  reload: () => void;
} {
  const { t } = useI18n();
  const [entries, setEntries] = useState<readonly CopyRecord[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    callApi('copies.list').then(
      (list) => {
        if (!current) return;
        setEntries(list);
        setError(undefined);
      },
      (caught: unknown) => {
        if (current) setError(caught instanceof ApiCallError ? translateApiError(t, caught.error) : String(caught));
      },
    );
    return () => {
      current = false;
    };
  }, [version, t]);

  const reload = useCallback(() => setVersion((previous) => previous + 1), []);
  return { entries, error, version, reload };
}

/** The number the next numbered copy of this plan will get (copies are numbered per plan). */
export function nextCopyNumber(entries: readonly CopyRecord[] | undefined, planId: string): number | undefined {
  if (entries === undefined) return undefined;
  return Math.max(0, ...entries.filter((entry) => entry.planId === planId).map((entry) => entry.copyNumber ?? 0)) + 1;
}
