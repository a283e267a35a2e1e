import { useState, type FormEvent } from 'react';
import { formatCrisisClock } from '../../../shared/crisis/crisis-clock.js';
import type { ImprovementAction } from '../../../shared/crisis/crisis-events.js';
import { parseDayInput } from '../../../shared/plan/day-input.js';
import { callApi } from '../api/call-api.js';
import { DayInput } from '../editors/fields/day-input.js';
import { formatDate } from '../i18n/format.js';
import { useI18n } from '../i18n/i18n-context.js';
import { errorText } from '../sync/error-text.js';
import type { CrisisPanelProps } from './crisis-mode.js';
import { ExportButtons } from './export-buttons.js';
import { TakeOverActions } from './take-over-actions.js';
import { useCrisisName } from './use-crisis.js';

const emptyAction = { text: '', owner: '', due: '' };

/** Closing the crisis, with the evaluation: what went well, what to improve, and who does what by when. */
export function ClosePanel(props: CrisisPanelProps) {
  const { t, language } = useI18n();
  const { state } = props.view;
  const [name] = useCrisisName();
  const [by, setBy] = useState(name);
  const [wentWell, setWentWell] = useState('');
  const [toImprove, setToImprove] = useState('');
  const [actions, setActions] = useState<{ text: string; owner: string; due: string }[]>([{ ...emptyAction }]);
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  if (state.closed !== undefined) {
    return (
      <div data-testid="closed">
        <ExportButtons crisisId={props.crisisId} />
        <h2>{t('ui.crisisMode.close.closedTitle', { at: formatCrisisClock(state.closed.at, language), by: state.closed.by })}</h2>
        {state.evaluations.map((evaluation) => (
          <section key={evaluation.eventId} className="evaluation">
            {evaluation.wentWell !== undefined && <><h3>{t('ui.crisisMode.close.wentWell')}</h3><p className="prose">{evaluation.wentWell}</p></>}
            {evaluation.toImprove !== undefined && <><h3>{t('ui.crisisMode.close.toImprove')}</h3><p className="prose">{evaluation.toImprove}</p></>}
            {evaluation.actions.length > 0 && (
              <>
                <h3>{t('ui.crisisMode.close.actions')}</h3>
                <ul className="plain">{evaluation.actions.map((action, index) => <li key={index}>{action.text} · {action.owner} · {formatDate(action.due, language)}</li>)}</ul>
              </>
            )}
          </section>
        ))}
        <TakeOverActions crisisId={props.crisisId} proposed={state.evaluations.flatMap((evaluation) => evaluation.actions)} />
      </div>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    if (by.trim() === '') return setError(t('ui.crisisMode.activate.needName'));
    const filled = actions.filter((action) => action.text.trim() !== '');
    if (filled.some((action) => action.owner.trim() === '' || action.due === '')) return setError(t('ui.crisisMode.close.actionIncomplete'));
    if (filled.some((action) => parseDayInput(action.due) === undefined)) return setError(t('ui.validation.date'));
    const improvement: ImprovementAction[] = filled.map((action) => ({ text: action.text.trim(), owner: action.owner.trim(), due: action.due }));
    const hasEvaluation = wentWell.trim() !== '' || toImprove.trim() !== '' || improvement.length > 0;
    setBusy(true);
    try {
      await callApi('crisis.close', {
        crisisId: props.crisisId,
        by: by.trim(),
        ...(hasEvaluation
          ? { evaluation: { ...(wentWell.trim() === '' ? {} : { wentWell: wentWell.trim() }), ...(toImprove.trim() === '' ? {} : { toImprove: toImprove.trim() }), actions: improvement, by: by.trim() } }
          : {}),
      });
    } catch (failure) {
      setError(errorText(t, failure));
    } finally {
      setBusy(false);
    }
  }

  const setAction = (index: number, key: keyof typeof emptyAction, value: string) =>
    setActions((previous) => previous.map((action, at) => (at === index ? { ...action, [key]: value } : action)));

  return (
    <>
    <ExportButtons crisisId={props.crisisId} />
    <form className="log-form" onSubmit={(event) => void submit(event)} aria-labelledby="close-title">
      <h2 id="close-title">{t('ui.crisisMode.close.title')}</h2>
      <label>{t('ui.crisisMode.close.by')} <input value={by} onChange={(event) => setBy(event.target.value)} required /></label>
      <label className="stack wide">{t('ui.crisisMode.close.wentWell')}<textarea value={wentWell} onChange={(event) => setWentWell(event.target.value)} rows={2} /></label>
      <label className="stack wide">{t('ui.crisisMode.close.toImprove')}<textarea value={toImprove} onChange={(event) => setToImprove(event.target.value)} rows={2} /></label>
      <fieldset>
        <legend>{t('ui.crisisMode.close.actions')}</legend>
        {actions.map((action, index) => (
          <div key={index} className="row">
            <label>{t('ui.crisisMode.close.actionText')} <input value={action.text} onChange={(event) => setAction(index, 'text', event.target.value)} size={30} /></label>
            <label>{t('ui.crisisMode.close.actionOwner')} <input value={action.owner} onChange={(event) => setAction(index, 'owner', event.target.value)} size={14} /></label>
            <label>{t('ui.crisisMode.close.actionDue')} <DayInput value={action.due} onChange={(value) => setAction(index, 'due', value ?? '')} /></label>
          </div>
        ))}
        <button type="button" onClick={() => setActions([...actions, { ...emptyAction }])}>{t('ui.crisisMode.close.addAction')}</button>
      </fieldset>
      {error !== undefined && <p className="field-error" role="alert">{error}</p>}
      <button type="submit" className="danger large" disabled={busy}>{t('ui.crisisMode.close.submit')}</button>
    </form>
    </>
  );
}
