import { useState } from 'react';
import { callApi } from '../api/call-api.js';
import { useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';
import { errorText } from '../sync/error-text.js';

/**
 * An evaluation's improvement actions become the plan's own (the yearly cycle's list, in the health list until
 * done): one click, one revision; actions taken over before are not taken twice.
 */
export function TakeOverActions(props: { crisisId: string; proposed: readonly { text: string }[] }) {
  const { t } = useI18n();
  const { view } = usePlan();
  const [message, setMessage] = useState<{ text: string; error: boolean } | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const inPlan = new Set(view.content.improvementActions.filter((action) => action.sourceCrisis?.crisisId === props.crisisId).map((action) => action.text));
  const waiting = props.proposed.filter((action) => !inPlan.has(action.text)).length;
  if (props.proposed.length === 0) return null;

  async function takeOver() {
    setBusy(true);
    setMessage(undefined);
    try {
      await callApi('cycle.actionsFromCrisis', { crisisId: props.crisisId });
      setMessage({ text: t('ui.crisisMode.close.actionsTaken'), error: false });
    } catch (failure) {
      setMessage({ text: errorText(t, failure), error: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="no-print" data-testid="take-over-actions">
      {waiting === 0 ? (
        <p className="hint">{t('ui.crisisMode.close.actionsInPlan')}</p>
      ) : (
        <button type="button" disabled={busy} onClick={() => void takeOver()}>
          {t('ui.crisisMode.close.takeOverActions', { count: waiting })}
        </button>
      )}
      {message !== undefined && <p className={message.error ? 'field-error' : 'hint'} role={message.error ? 'alert' : 'status'}>{message.text}</p>}
    </div>
  );
}
