import { useEffect, useRef } from 'react';
import type { Person } from '../../../shared/plan/entities.js';
import { phonesShownOnScreen } from '../../../shared/plan/phone-display.js';
import type { PlanContent } from '../../../shared/plan/plan.js';
import { useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';
import { Link } from '../router/link.js';
import { PhoneLine } from '../shell/phone-line.js';
import type { SearchEntry } from './search-index.js';

function Numbers(props: { person: Person | undefined }) {
  const { t } = useI18n();
  const phones = phonesShownOnScreen(props.person?.phones ?? []);
  if (phones.length === 0) return <p className="hint">{t('ui.crisis.noNumber')}</p>;
  return (
    <ul className="numbers card-numbers">
      {phones.map((phone, index) => (
        <li key={index}><PhoneLine phone={phone} personId={props.person?.id} /></li>
      ))}
    </ul>
  );
}

/** Each role a person holds, and for a deputy whom they stand in for. */
function RolesOf(props: { content: PlanContent; personId: string }) {
  const { t } = useI18n();
  const names = new Map(props.content.people.map((person) => [person.id, person.name]));
  const lines = props.content.roles.flatMap((role) => {
    if (role.primaryPersonId === props.personId) return [t('ui.search.card.holderOf', { role: role.name })];
    if (!role.deputyPersonIds.includes(props.personId)) return [];
    const primary = role.primaryPersonId === undefined ? undefined : names.get(role.primaryPersonId);
    return [primary === undefined ? t('ui.search.card.deputyIn', { role: role.name }) : t('ui.search.card.deputyFor', { role: role.name, person: primary })];
  });
  if (lines.length === 0) return null;
  return (
    <>
      <h3>{t('ui.search.card.roles')}</h3>
      <ul className="card-roles">{lines.map((line) => <li key={line}>{line}</li>)}</ul>
    </>
  );
}

function PersonBody(props: { content: PlanContent; id: string }) {
  const { t } = useI18n();
  const person = props.content.people.find((candidate) => candidate.id === props.id);
  if (person === undefined) return null;
  const about = [person.jobTitle, person.department].filter((part) => part !== undefined).join(' · ');
  return (
    <>
      {about !== '' && <p className="lead">{about}</p>}
      <h3>{t('ui.search.card.numbers')}</h3>
      <Numbers person={person} />
      {person.emails.length > 0 && <p className="card-emails">{person.emails.map((email) => email.address).join(' · ')}</p>}
      <RolesOf content={props.content} personId={person.id} />
    </>
  );
}

function RoleBody(props: { content: PlanContent; id: string }) {
  const { t } = useI18n();
  const role = props.content.roles.find((candidate) => candidate.id === props.id);
  if (role === undefined) return null;
  const people = new Map(props.content.people.map((person) => [person.id, person]));
  const holders = [...(role.primaryPersonId === undefined ? [] : [{ id: role.primaryPersonId, deputy: false }]), ...role.deputyPersonIds.map((id) => ({ id, deputy: true }))];
  return (
    <>
      {role.team !== undefined && <p className="lead">{role.team}</p>}
      {role.primaryPersonId === undefined && <p className="badge critical">{t('ui.crisis.noPrimary')}</p>}
      <ul className="call-list">
        {holders.map((holder) => (
          <li key={holder.id} data-testid="card-holder">
            <span className="person-name">{people.get(holder.id)?.name ?? holder.id}</span>
            <span className="person-kind">{t(holder.deputy ? 'ui.crisis.deputy' : 'ui.crisis.primary')}</span>
            <Numbers person={people.get(holder.id)} />
          </li>
        ))}
      </ul>
    </>
  );
}

function SupplierBody(props: { content: PlanContent; id: string }) {
  const { t } = useI18n();
  const organisation = props.content.organisations.find((candidate) => candidate.id === props.id);
  if (organisation === undefined) return null;
  const line = organisation.line24x7;
  return (
    <>
      {organisation.service !== undefined && <p className="lead">{organisation.service}</p>}
      <h3>{t('ui.field.line24x7')}</h3>
      {line === undefined ? (
        <p className="badge warning">{t('ui.search.card.no24x7')}</p>
      ) : (
        <p className="numbers" data-testid="card-line24x7">
          <PhoneLine phone={{ number: line, kind: 'other', private: false, label: t('ui.field.line24x7') }} />
        </p>
      )}
      {organisation.phone !== undefined && (
        <p className="numbers">
          <PhoneLine phone={{ number: organisation.phone, kind: 'work', private: false, label: t('ui.field.phone') }} />
        </p>
      )}
      {organisation.contractNumber !== undefined && <p>{t('ui.field.contractNumber')}: {organisation.contractNumber}</p>}
    </>
  );
}

/**
 * What a search result says at a glance, read-only: a person with every number and what it is for, their
 * roles and whom they stand in for; a role with its holder and deputies and their numbers; a supplier's 24/7
 * line. Editing is the second step.
 */
export function SearchCard(props: { entry: SearchEntry; onClose: () => void }) {
  const { t } = useI18n();
  const { view } = usePlan();
  const { entry } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [entry]);
  const kind = entry.kind === 'number' ? 'person' : entry.kind;
  return (
    <section className="search-card" aria-labelledby="search-card-title" data-testid="search-card" data-kind={kind}>
      <p className="result-kind">{t(`ui.search.kind.${kind}`)}</p>
      <h2 id="search-card-title" tabIndex={-1} ref={heading}>{entry.label}</h2>
      {kind === 'person' && <PersonBody content={view.content} id={entry.id} />}
      {kind === 'role' && <RoleBody content={view.content} id={entry.id} />}
      {kind === 'supplier' && <SupplierBody content={view.content} id={entry.id} />}
      {(kind === 'process' || kind === 'application') && entry.detail !== '' && <p className="lead">{entry.detail}</p>}
      <div className="row form-actions">
        <Link to={{ screen: 'edit', target: entry.target, id: entry.id }} className="button secondary">{t('ui.search.card.edit')}</Link>
        <button type="button" onClick={props.onClose}>{t('ui.common.close')}</button>
      </div>
    </section>
  );
}
