import { useState, type FormEvent } from 'react';
import { callApi } from '../api/call-api.js';
import { useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';
import { errorText } from '../sync/error-text.js';
import { instantOfLocal } from './use-crisis.js';

/**
 * Activating: one or more scenarios together, or an unforeseen crisis; now or at an earlier moment entered
 * late; who activates and in which role (the roles the chosen scenarios name come first); exercise or real.
 */
export function ActivationForm(props: { onStarted: (crisisId: string) => void }) {
  const { t } = useI18n();
  const { view } = usePlan();
  const { content } = view;
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [other, setOther] = useState(false);
  const [otherText, setOtherText] = useState('');
  const [earlier, setEarlier] = useState(false);
  const [moment, setMoment] = useState('');
  const [by, setBy] = useState('');
  const [roleId, setRoleId] = useState('');
  const [exercise, setExercise] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const leadRoleIds = new Set(content.scenarios.filter((scenario) => chosen.includes(scenario.id)).flatMap((scenario) => scenario.activatedByRoleIds));
  const leadRoles = content.roles.filter((role) => leadRoleIds.has(role.id));
  const otherRoles = content.roles.filter((role) => !leadRoleIds.has(role.id));

  const toggle = (id: string) => setChosen((previous) => (previous.includes(id) ? previous.filter((entry) => entry !== id) : [...previous, id]));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    if (chosen.length === 0 && !(other && otherText.trim() !== '')) return setError(t('ui.crisisMode.activate.needScenario'));
    if (by.trim() === '') return setError(t('ui.crisisMode.activate.needName'));
    const at = earlier ? instantOfLocal(moment) : undefined;
    if (earlier && at === undefined) return setError(t('ui.crisisMode.activate.needMoment'));
    setBusy(true);
    try {
      const result = await callApi('crisis.start', {
        scenarioIds: [...chosen],
        ...(other && otherText.trim() !== '' ? { other: { description: otherText.trim() } } : {}),
        ...(at === undefined ? {} : { at }),
        by: by.trim(),
        ...(roleId === '' ? {} : { roleId }),
        exercise,
      });
      props.onStarted(result.crisisId);
    } catch (failure) {
      setError(errorText(t, failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="activation-form" onSubmit={(event) => void submit(event)} aria-labelledby="activate-title">
      <h2 id="activate-title">{t('ui.crisisMode.activate.title')}</h2>
      <fieldset>
        <legend>{t('ui.crisisMode.activate.scenarios')}</legend>
        <div className="activation-scenarios">
          {content.scenarios.map((scenario) => (
            <label key={scenario.id} className="check">
              <input type="checkbox" checked={chosen.includes(scenario.id)} onChange={() => toggle(scenario.id)} />
              {scenario.name}
            </label>
          ))}
          <label className="check">
            <input type="checkbox" checked={other} onChange={() => setOther(!other)} />
            {t('ui.crisisMode.activate.other')}
          </label>
        </div>
        {other && (
          <label className="stack">
            {t('ui.crisisMode.activate.otherDescription')}
            <textarea value={otherText} onChange={(event) => setOtherText(event.target.value)} rows={2} />
          </label>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('ui.crisisMode.activate.moment')}</legend>
        <label className="check">
          <input type="radio" name="moment" checked={!earlier} onChange={() => setEarlier(false)} />
          {t('ui.crisisMode.activate.now')}
        </label>
        <label className="check">
          <input type="radio" name="moment" checked={earlier} onChange={() => setEarlier(true)} />
          {t('ui.crisisMode.activate.earlier')}
        </label>
        {earlier && (
          <label className="stack">
            {t('ui.crisisMode.activate.momentLabel')}
            <input type="datetime-local" value={moment} onChange={(event) => setMoment(event.target.value)} />
          </label>
        )}
      </fieldset>
      <div className="row">
        <label className="stack">
          {t('ui.crisisMode.activate.by')}
          <input value={by} onChange={(event) => setBy(event.target.value)} autoComplete="name" />
        </label>
        <label className="stack">
          {t('ui.crisisMode.activate.role')}
          <select value={roleId} onChange={(event) => setRoleId(event.target.value)}>
            <option value="">{t('ui.common.none')}</option>
            {leadRoles.length > 0 && (
              <optgroup label={t('ui.crisisMode.activate.mayActivate')}>
                {leadRoles.map((role) => <option key={role.id} value={role.id}>{role.name}</option>)}
              </optgroup>
            )}
            <optgroup label={t('ui.crisisMode.activate.otherRoles')}>
              {otherRoles.map((role) => <option key={role.id} value={role.id}>{role.name}</option>)}
            </optgroup>
          </select>
        </label>
      </div>
      <label className="check exercise-choice">
        <input type="checkbox" checked={exercise} onChange={() => setExercise(!exercise)} />
        {t('ui.crisisMode.activate.exercise')}
      </label>
      {error !== undefined && <p className="field-error" role="alert">{error}</p>}
      <button type="submit" className="danger large" disabled={busy}>{t('ui.crisisMode.activate.submit')}</button>
    </form>
  );
}
