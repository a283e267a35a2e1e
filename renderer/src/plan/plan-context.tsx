import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { PlanView } from '../../../shared/api.js';
import type { Change } from '../../../shared/plan/sync/changes.js';
import { callApi, errorCodeOf, ApiCallError } from '../api/call-api.js';
import { translateApiError, useI18n } from '../i18n/i18n-context.js';
import { usePassphrasePrompt } from '../status/passphrase-prompt-context.js';

interface PlanState {
  readonly view: PlanView;
  /** Saves a list of changes as one signed revision; false (with the error shown) when it failed. */
  readonly apply: (changes: Change[]) => Promise<boolean>;
  readonly undo: () => Promise<boolean>;
  readonly restore: (revision: number) => Promise<boolean>;
  /** Takes a plan main returned from another call (an import). */
  readonly replace: (view: PlanView) => void;
  readonly saving: boolean;
  readonly error: string | undefined;
  readonly clearError: () => void;
  /** Runs a save through the passphrase prompt when the key needs one. */
  readonly runSave: (task: () => Promise<PlanView>) => Promise<boolean>;
}

const PlanContext = createContext<PlanState | undefined>(undefined);

const needsPassphrase = new Set(['KEY_PASSPHRASE_REQUIRED', 'KEY_PASSPHRASE_WRONG']);

export function PlanProvider(props: { initial: PlanView; children: ReactNode }) {
  const { t } = useI18n();
  const askPassphrase = usePassphrasePrompt();
  const [view, setView] = useState(props.initial);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const revision = useRef(view.revision);
  revision.current = view.revision;

  useEffect(
    () =>
      window.draaiboek.plan.onChanged(({ revision: changed }) => {
        if (changed === revision.current) return;
        void callApi('plan.current').then(setView, () => undefined);
      }),
    [],
  );

  const runSave = useCallback(
    async (task: () => Promise<PlanView>): Promise<boolean> => {
      setSaving(true);
      setError(undefined);
      try {
        for (;;) {
          try {
            setView(await task());
            return true;
          } catch (caught) {
            const code = errorCodeOf(caught);
            if (code !== undefined && needsPassphrase.has(code) && (await askPassphrase(false))) continue;
            throw caught;
          }
        }
      } catch (caught) {
        setError(caught instanceof ApiCallError ? translateApiError(t, caught.error) : String(caught));
        return false;
      } finally {
        setSaving(false);
      }
    },
    [askPassphrase, t],
  );

  const value = useMemo<PlanState>(
    () => ({
      view,
      saving,
      error,
      runSave,
      clearError: () => setError(undefined),
      replace: setView,
      apply: (changes) => runSave(() => callApi('plan.apply', changes)),
      undo: () => runSave(() => callApi('plan.undo')),
      restore: (revisionNumber) => runSave(() => callApi('history.restore', revisionNumber)),
    }),
    [view, saving, error, runSave],
  );
  return <PlanContext.Provider value={value}>{props.children}</PlanContext.Provider>;
}

export function usePlan(): PlanState {
  const value = useContext(PlanContext);
  if (value === undefined) throw new Error('usePlan outside PlanProvider');
  return value;
}
