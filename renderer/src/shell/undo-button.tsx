import { useMemo } from 'react';
import { callApi } from '../api/call-api.js';
import { useApiQuery } from '../api/use-api-query.js';
import { useI18n } from '../i18n/i18n-context.js';
import { describeRedo, describeUndo } from '../plan/describe-change.js';
import { usePlan } from '../plan/plan-context.js';

/**
 * Takes back the last change made in this session, as a new revision, and says which change that is; the
 * generic label stays when the revision to return to is no longer in the history.
 */
export function UndoButton() {
  const { t } = useI18n();
  const { view, undo, saving } = usePlan();
  const { undoTo } = view;
  const past = useApiQuery(() => (undoTo === undefined ? Promise.resolve(undefined) : callApi('history.revision', undoTo)), [undoTo]);
  const label = useMemo(
    () => (past.data === undefined || past.data.revision !== undoTo ? undefined : describeUndo(t, past.data.content, view.content)),
    [past.data, undoTo, t, view.content],
  );
  return (
    <button type="button" className="undo-button" title={label ?? t('ui.undo.button')} onClick={() => void undo()} disabled={!view.canUndo || saving}>
      {label ?? t('ui.undo.button')}
    </button>
  );
}

/** Brings back what the last undo took back, and says what; shown only while there is something to redo. */
export function RedoButton() {
  const { t } = useI18n();
  const { view, redo, saving } = usePlan();
  const { redoTo } = view;
  const again = useApiQuery(() => (redoTo === undefined ? Promise.resolve(undefined) : callApi('history.revision', redoTo)), [redoTo]);
  const label = useMemo(
    () => (again.data === undefined || again.data.revision !== redoTo ? undefined : describeRedo(t, view.content, again.data.content)),
    [again.data, redoTo, t, view.content],
  );
  if (redoTo === undefined) return null;
  return (
    <button type="button" className="undo-button" title={label} onClick={() => void redo()} disabled={saving}>
      {label ?? t('ui.redo.button')}
    </button>
  );
}

/** "Opgeslagen: revisie 43" after each save of this window, announced to screen readers as it changes. */
export function SaveStatus() {
  const { t } = useI18n();
  const { lastSaved } = usePlan();
  return (
    <p role="status" className="save-status" data-testid="save-status">
      {lastSaved === undefined ? '' : t('ui.saved.status', { revision: lastSaved })}
    </p>
  );
}
