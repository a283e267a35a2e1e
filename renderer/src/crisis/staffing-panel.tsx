import { useMemo, useState, type FormEvent } from 'react';
import { impactWithin, type ImpactHorizon } from '../../../shared/crisis/crisis-card.js';
import { formatCrisisClock } from '../../../shared/crisis/crisis-clock.js';
import { rollCallStatuses, unavailabilityReasons, type UnavailabilityReason } from '../../../shared/crisis/crisis-events.js';
import { useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';
import type { CrisisPanelProps } from './crisis-mode.js';
import { instantOfLocal, nowIso, useAppend } from './use-crisis.js';

const horizons: readonly ImpactHorizon[] = ['day1', 'week1', 'week4'];

/** Who is there: mark people unavailable, call the roll, and see what that leaves uncovered. */
export function StaffingPanel(props: CrisisPanelProps) {
  const { t, language } = useI18n();
  const { view: plan } = usePlan();
  const { content } = plan;
  const { state } = props.view;
  const { append, busy, error } = useAppend(props.crisisId);
  const rolePeople = useMemo(() => new Set(content.roles.flatMap((role) => [...(role.primaryPersonId === undefined ? [] : [role.primaryPersonId]), ...role.deputyPersonIds])), [content.roles]);
  const people = useMemo(() => [...content.people].sort((a, b) => Number(rolePeople.has(b.id)) - Number(rolePeople.has(a.id)) || a.name.localeCompare(b.name)), [content.people, rolePeople]);
  const [personId, setPersonId] = useState('');
  const [from, setFrom] = useState('');
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState<UnavailabilityReason>('ill');
  const names = new Map(content.people.map((person) => [person.id, person.name]));
  const closed = state.closed !== undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (personId === '') return;
    const fromAt = instantOfLocal(from) ?? nowIso();
    const untilAt = instantOfLocal(until);
    const saved = await append({ kind: 'availability', data: { state: 'unavailable', personId, from: fromAt, ...(untilAt === undefined ? {} : { until: untilAt }), reason } });
    if (saved) {
      setPersonId('');
      setUntil('');
    }
  }

  const away = state.availability.filter((entry) => !entry.availableNow);
  const uncovered = state.staffing.filter((role) => role.uncovered);
  const standingIn = state.staffing.filter((role) => role.deputyStandsIn);
  const impact = useMemo(() => Object.fromEntries(horizons.map((horizon) => [horizon, impactWithin(content, state, horizon)])), [content, state]);
  const rollCallOf = new Map(state.rollCall.map((entry) => [`${entry.roleId}#${entry.personId}`, entry]));

  return (
    <div className="staffing">
      <section className="staffing-derived" aria-labelledby="staffing-derived-title" data-testid="staffing-derived">
        <h2 id="staffing-derived-title">{t('ui.crisisMode.staffing.now')}</h2>
        <ul className="plain">
          {uncovered.map((role) => <li key={role.roleId} className="badge critical">{t('ui.crisisMode.staffing.uncoveredRole', { role: role.roleName })}</li>)}
          {standingIn.map((role) => <li key={role.roleId}>{t('ui.crisisMode.staffing.deputyStandsIn', { role: role.roleName, name: role.standingInName ?? '' })}</li>)}
          {uncovered.length === 0 && standingIn.length === 0 && <li>{t('ui.crisisMode.staffing.allCovered')}</li>}
        </ul>
        {state.processesWithoutStaff.length > 0 && (
          <>
            <h3>{t('ui.crisisMode.staffing.processesWithoutStaff')}</h3>
            <ul className="plain">{state.processesWithoutStaff.map((process) => <li key={process.processId}>{process.name}</li>)}</ul>
          </>
        )}
        <h3>{t('ui.crisisMode.staffing.impact')}</h3>
        <dl className="facts" data-testid="staffing-impact">
          {horizons.map((horizon) => (
            <div key={horizon} className="impact-horizon">
              <dt>{t(`ui.crisisMode.staffing.horizon.${horizon}`)}</dt>
              <dd>{t('ui.crisisMode.staffing.processCount', { count: impact[horizon]?.length ?? 0 })}{(impact[horizon] ?? []).length > 0 ? `: ${(impact[horizon] ?? []).slice(0, 6).map((process) => process.name).join(', ')}` : ''}</dd>
            </div>
          ))}
        </dl>
      </section>

      <form className="log-form" onSubmit={(event) => void submit(event)} aria-labelledby="unavailable-title">
        <h2 id="unavailable-title">{t('ui.crisisMode.staffing.markUnavailable')}</h2>
        <div className="row">
          <label htmlFor="unavailable-person">{t('ui.crisisMode.staffing.person')}</label>
          <select id="unavailable-person" value={personId} onChange={(event) => setPersonId(event.target.value)} required>
              <option value="">{t('ui.common.none')}</option>
              {people.map((person) => <option key={person.id} value={person.id}>{person.name}</option>)}
          </select>
          <label htmlFor="unavailable-reason">{t('ui.crisisMode.staffing.reason')}</label>
          <select id="unavailable-reason" value={reason} onChange={(event) => setReason(event.target.value as UnavailabilityReason)}>
              {unavailabilityReasons.map((value) => <option key={value} value={value}>{t(`ui.crisisMode.staffing.reason.${value}`)}</option>)}
          </select>
          <label>{t('ui.crisisMode.staffing.from')} <input type="datetime-local" value={from} onChange={(event) => setFrom(event.target.value)} /></label>
          <label>{t('ui.crisisMode.staffing.until')} <input type="datetime-local" value={until} onChange={(event) => setUntil(event.target.value)} /></label>
          <button type="submit" className="primary" disabled={busy || closed}>{t('ui.crisisMode.staffing.save')}</button>
        </div>
        {error !== undefined && <p className="field-error" role="alert">{error}</p>}
      </form>

      {away.length > 0 && (
        <section aria-labelledby="away-title">
          <h2 id="away-title">{t('ui.crisisMode.staffing.away')}</h2>
          <ul className="plain">
            {away.map((entry) => (
              <li key={entry.personId}>
                <strong>{entry.personName}</strong>: {entry.reason === undefined ? '' : t(`ui.crisisMode.staffing.reason.${entry.reason}`)} · {t('ui.crisisMode.staffing.since', { from: formatCrisisClock(entry.from, language) })}
                {entry.until === undefined ? '' : ` · ${t('ui.crisisMode.staffing.untilShown', { until: formatCrisisClock(entry.until, language) })}`}{' '}
                <button type="button" className="small" disabled={busy || closed} onClick={() => void append({ kind: 'availability', data: { state: 'available', personId: entry.personId, from: nowIso() } })}>
                  {t('ui.crisisMode.staffing.back', { name: entry.personName })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="rollcall-title">
        <h2 id="rollcall-title">{t('ui.crisisMode.staffing.rollCall')}</h2>
        <table className="roll-call">
          <thead>
            <tr><th scope="col">{t('ui.crisisMode.staffing.role')}</th><th scope="col">{t('ui.crisisMode.staffing.person')}</th><th scope="col">{t('ui.crisisMode.staffing.status')}</th></tr>
          </thead>
          <tbody>
            {content.roles.flatMap((role) =>
              [...(role.primaryPersonId === undefined ? [] : [role.primaryPersonId]), ...role.deputyPersonIds].map((id) => {
                const last = rollCallOf.get(`${role.id}#${id}`);
                return (
                  <tr key={`${role.id}#${id}`}>
                    <td>{role.name}</td>
                    <td>{names.get(id) ?? id}</td>
                    <td>
                      {last !== undefined && <span className="roll-status">{t(`ui.crisisMode.staffing.status.${last.status}`)} ({formatCrisisClock(last.at, language)}) </span>}
                      {rollCallStatuses.map((status) => (
                        <button key={status} type="button" className="small" disabled={busy || closed} onClick={() => void append({ kind: 'roll-call', data: { roleId: role.id, personId: id, status, at: nowIso() } })}
                          aria-label={t('ui.crisisMode.staffing.markAs', { name: names.get(id) ?? id, status: t(`ui.crisisMode.staffing.status.${status}`) })}>
                          {t(`ui.crisisMode.staffing.status.${status}`)}
                        </button>
                      ))}
                    </td>
                  </tr>
                );
              }),
            )}
          </tbody>
        </table>
      </section>
    </div>
  );
}
