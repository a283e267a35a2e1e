import type { CardRole, CrisisCard } from '../../../shared/crisis/crisis-card.js';
import { formatCrisisClock } from '../../../shared/crisis/crisis-clock.js';
import { pluralForm } from '../../../shared/i18n/plural.js';
import { useI18n } from '../i18n/i18n-context.js';
import { PhoneLine } from '../shell/phone-line.js';

/** How many first-hour actions the card has room for at 1366x768; the checklist holds the rest. */
const CARD_ACTIONS = 3;
/** The card lists the leading roles and the first step owners; the call list on paper holds them all. */
const CARD_ROLES = 4;

/**
 * On a short screen (1024x640) each role shows whom to call now: the primary, and the deputy who stands in or
 * else the first deputy; the other deputies are one keystroke away (staffing, key 5). On paper and on taller
 * screens everyone stays.
 */
function isSpare(people: CardRole['people'], index: number): boolean {
  const person = people[index];
  if (person === undefined || !person.deputy || person.standsIn) return false;
  const calledDeputy = people.find((candidate) => candidate.deputy && candidate.standsIn) ?? people.find((candidate) => candidate.deputy);
  return calledDeputy !== person;
}

function RoleCall(props: { role: CardRole }) {
  const { t, language } = useI18n();
  const { role } = props;
  const spare = role.people.filter((_, index) => isSpare(role.people, index)).length;
  return (
    <li className={`card-role${role.uncovered ? ' uncovered' : ''}`}>
      <h3 title={role.name}>
        <span className="card-role-name">{role.name}</span>
        {spare > 0 && <span className="card-more-people">{t('ui.crisisMode.card.morePeople', { count: spare })}</span>}
      </h3>
      {role.uncovered && <p className="badge critical">{t('ui.crisisMode.card.uncovered')}</p>}
      <ul>
        {role.people.map((person, index) => (
          <li key={person.personId} className={`card-person${person.availableNow ? '' : ' away'}${person.standsIn ? ' stands-in' : ''}${isSpare(role.people, index) ? ' spare' : ''}`} data-testid="card-person">
            <span className="person-name">{person.name}</span>{' '}
            <span className="person-kind"><span className="person-kind-word">{t(person.deputy ? 'ui.crisis.deputy' : 'ui.crisis.primary')}</span></span>
            {person.standsIn && person.deputy && <strong className="badge warning stands-in-badge"> {t('ui.crisisMode.card.standsIn')}</strong>}
            {!person.availableNow && (
              <span className="badge critical">
                {person.unavailable?.until === undefined
                  ? t('ui.crisisMode.card.away')
                  : t('ui.crisisMode.card.awayUntil', { until: formatCrisisClock(person.unavailable.until, language) })}
              </span>
            )}
            {person.phones.slice(0, 1).map((phone, index) => (
              <span key={index} className="card-phone">
                {' '}<PhoneLine phone={phone} personId={person.personId} />
              </span>
            ))}
          </li>
        ))}
      </ul>
    </li>
  );
}

/** The essentials of the first hours on one screen (1366x768, no scrolling) and on one A4. */
export function CrisisCardView(props: { card: CrisisCard }) {
  const { t, language } = useI18n();
  const { card } = props;
  const callRoles = card.callFirst.slice(0, CARD_ROLES);
  return (
    <div className="crisis-card" data-testid="crisis-card">
      <div className="card-column">
      <section className="card-block card-lead" aria-labelledby="card-lead-title" data-testid="card-lead">
        <h2 id="card-lead-title">{t('ui.crisisMode.card.lead')}</h2>
        <ul className="plain">
          {card.leads.map((role) => {
            const holder = role.people.find((person) => person.standsIn);
            return (
              <li key={role.roleId}>
                <strong>{holder === undefined ? <span className="badge critical">{t('ui.crisisMode.card.uncovered')}</span> : holder.name}</strong>
                <span className="role-name" title={role.name}>{role.name}</span>
              </li>
            );
          })}
          {card.leads.length === 0 && <li>{t('ui.crisisMode.card.noLead')}</li>}
        </ul>
      </section>
      <section className="card-block card-strategy" aria-labelledby="card-strategy-title" data-testid="card-strategy">
        <h2 id="card-strategy-title">{t('ui.crisisMode.card.strategy')}</h2>
        {card.strategies.map((entry) => (
          <p key={entry.scenarioName} className="card-text two-lines"><strong>{entry.scenarioName}:</strong> {entry.strategy}</p>
        ))}
        {card.strategies.length === 0 && <p>{t('ui.crisisMode.card.noStrategy')}</p>}
        <h3>{t('ui.crisisMode.card.fallback')}</h3>
        {card.fallbackSites.slice(0, 1).map((site) => (
          <div key={site.id} data-testid="card-fallback">
            <p className="card-line" title={site.name}><strong>{site.name}</strong></p>
            {site.address !== undefined && <p className="card-line">{site.address}</p>}
            {site.access !== undefined && <p className="card-text two-lines">{t('ui.crisisMode.card.access', { access: site.access })}</p>}
          </div>
        ))}
        {card.fallbackSites.length === 0 && <p>{t('ui.crisisMode.card.noFallback')}</p>}
      </section>
      </div>
      <div className="card-column card-column-wide">
      <section className="card-block card-call" aria-labelledby="card-call-title" data-testid="card-call">
        <h2 id="card-call-title">{t('ui.crisisMode.card.callFirst')}</h2>
        <ul className="card-roles" data-testid="who-to-call">
          {callRoles.map((role) => <RoleCall key={role.roleId} role={role} />)}
        </ul>
        {card.callFirst.length > callRoles.length && <p className="hint">{t(`ui.crisisMode.card.moreRoles.${pluralForm(language, card.callFirst.length - callRoles.length)}`, { count: card.callFirst.length - callRoles.length })}</p>}
      </section>
      </div>
      <div className="card-column">
      <section className="card-block card-deadlines" aria-labelledby="card-deadlines-title" data-testid="card-deadlines">
        <h2 id="card-deadlines-title">{t('ui.crisisMode.card.deadlines')}</h2>
        <ul className="plain">
          {card.deadlines.map((deadline) => (
            <li key={deadline.processId} className="card-deadline">
              <strong className="deadline-name" title={deadline.name}>{deadline.name}</strong>
              <span className="deadline-at">{t('ui.crisisMode.before', { at: formatCrisisClock(deadline.dueAt, language) })}</span>
            </li>
          ))}
        </ul>
        {card.deadlines.length === 0 && <p>{t('ui.crisisMode.card.noDeadlines')}</p>}
      </section>
      <section className="card-block card-actions" aria-labelledby="card-actions-title" data-testid="card-actions">
        <h2 id="card-actions-title">{t('ui.crisisMode.card.firstHour')}</h2>
        <ol className="plain">
          {card.openFirstHour.slice(0, CARD_ACTIONS).map((item) => (
            <li key={`${item.scenarioId}#${item.stepIndex}`} className={item.overdue ? 'overdue' : undefined}>
              <span className="card-step">{item.text}</span>
              {item.dueAt !== undefined && <span className="step-meta">{t('ui.crisisMode.before', { at: formatCrisisClock(item.dueAt, language) })}{item.ownerRoleName === undefined ? '' : ` · ${item.ownerRoleName}`}</span>}
            </li>
          ))}
        </ol>
        {card.openFirstHour.length === 0 && <p>{t('ui.crisisMode.card.noOpenActions')}</p>}
        {card.openFirstHour.length > CARD_ACTIONS && <p className="hint">{t(`ui.crisisMode.card.moreActions.${pluralForm(language, card.openFirstHour.length - CARD_ACTIONS)}`, { count: card.openFirstHour.length - CARD_ACTIONS })}</p>}
      </section>
      </div>
    </div>
  );
}
