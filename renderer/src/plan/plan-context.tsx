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
  /** Brings back what the last undo took back, until a new change is made. */
  readonly redo: () => Promise<boolean>;
  readonly restore: (revision: number) => Promise<boolean>;
  /** Takes a plan main returned from another call (an import). */
  readonly replace: (view: PlanView) => void;
  readonly saving: boolean;
  /** The revision this window's last save made, for "opgeslagen"; none before the first save. */
  readonly lastSaved: number | undefined;
  readonly error: string | undefined;
  readonly clearError: () => void;
  /** Runs a save through the passphrase prompt when the key needs one. */
  readonly runSave: (task: () => Promise<PlanView>) => Promise<boolean>;
  /**
   * Runs a call whose result carries the plan (an import): a `plan.changed` heard meanwhile is checked against
   * that result, not answered with a second fetch of the plan.
   */
  readonly whileSaving: <T>(task: () => Promise<T>, revisionOf: (result: T) => number) => Promise<T>;
}

const PlanContext = createContext<PlanState | undefined>(undefined);

const needsPassphrase = new Set(['KEY_PASSPHRASE_REQUIRED', 'KEY_PASSPHRASE_WRONG']);

export function PlanProvider(props: { initial: PlanView; children: ReactNode }) {
  const { t } = useI18n();
  const askPassphrase = usePassphrasePrompt();
  const [view, setView] = useState(props.initial);
  const [saving, setSaving] = useState(false);
  const [lastSaved, setLastSaved] = useState<number | undefined>();
  const [error, setError] = useState<string | undefined>();
  const revision = useRef(view.revision);
  revision.current = view.revision;
  /** Saves of this page still waiting for their result, and the newest revision announced meanwhile. */
  const pending = useRef(0);
  const heardWhilePending = useRef<number | undefined>(undefined);

  const fetchIfNewer = useCallback((changed: number) => {
    // Revisions only grow on this laptop: one the page already shows (or passed) needs no fetch.
    if (changed <= revision.current) return;
    void callApi('plan.current').then(setView, () => undefined);
  }, []);

  useEffect(
    () =>
      window.draaiboek.plan.onChanged(({ revision: changed }) => {
        if (pending.current > 0) {
          heardWhilePending.current = Math.max(heardWhilePending.current ?? 0, changed);
          return;
        }
        fetchIfNewer(changed);
      }),
    [fetchIfNewer],
  );

  const whileSaving = useCallback(
    async <T,>(task: () => Promise<T>, revisionOf: (result: T) => number): Promise<T> => {
      pending.current += 1;
      try {
        const result = await task();
        // The caller shows this result next; an announcement of the same revision is then old news.
        revision.current = Math.max(revision.current, revisionOf(result));
        return result;
      } finally {
        pending.current -= 1;
        const heard = heardWhilePending.current;
        if (pending.current === 0 && heard !== undefined) {
          heardWhilePending.current = undefined;
          fetchIfNewer(heard);
        }
      }
    },
    [fetchIfNewer],
  );

  const runSave = useCallback(
    async (task: () => Promise<PlanView>): Promise<boolean> => {
      setSaving(true);
      setError(undefined);
      try {
        for (;;) {
          try {
            const saved = await whileSaving(task, (result) => result.revision);
            setView(saved);
            setLastSaved(saved.revision);
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
    [askPassphrase, t, whileSaving],
  );

  const value = useMemo<PlanState>(
    () => ({
      view,
      saving,
      lastSaved,
      error,
      runSave,
      whileSaving,
      clearError: () => setError(undefined),
      replace: (next) => {
        revision.current = next.revision;
        setView(next);
      },
      apply: (changes) => runSave(() => callApi('plan.apply', changes)),
      undo: () => runSave(() => callApi('plan.undo')),
      redo: () => runSave(() => callApi('plan.redo')),
      restore: (revisionNumber) => runSave(() => callApi('history.restore', revisionNumber)),
    }),
    [view, saving, lastSaved, error, runSave, whileSaving],
  );
  return <PlanContext.Provider value={value}>{props.children}</PlanContext.Provider>;
}

export function usePlan(): PlanState {
  const value = useContext(PlanContext);
  if (value === undefined) throw new Error('usePlan outside PlanProvider');
  return value;
}
