import { useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';

/** Takes back the last change made in this session, as a new revision. */
export function UndoButton() {
  const { t } = useI18n();
  const { view, undo, saving } = usePlan();
  return (
    <button type="button" onClick={() => void undo()} disabled={!view.canUndo || saving}>
      {t('ui.undo.button')}
    </button>
  );
}
