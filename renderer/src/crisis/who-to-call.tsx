import type { Person, Scenario } from '../../../shared/plan/entities.js';
import { phonesShownOnScreen } from '../../../shared/plan/phone-display.js';
import { PhoneLine } from '../shell/phone-line.js';
import { useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';

function PersonNumbers(props: { person: Person | undefined; personId: string; deputy: boolean }) {
  const { t } = useI18n();
  const { person } = props;
  const phones = phonesShownOnScreen(person?.phones ?? []);
  return (
    <li className={props.deputy ? 'deputy' : 'primary'}>
      <span className="person-name">{person?.name ?? props.personId}</span>
      <span className="person-kind">{t(props.deputy ? 'ui.crisis.deputy' : 'ui.crisis.primary')}</span>
      <ul className="numbers">
        {phones.map((phone, index) => (
          <li key={index}>
            <PhoneLine phone={phone} personId={props.personId} />
          </li>
        ))}
        {phones.length === 0 && <li>{t('ui.crisis.noNumber')}</li>}
      </ul>
    </li>
  );
}

/** The roles this scenario needs (who activates it, who owns its steps), each with its primary and deputies. */
export function WhoToCall(props: { scenario: Scenario }) {
  const { t } = useI18n();
  const { view } = usePlan();
  const { content } = view;
  const roleIds = [...new Set([...props.scenario.activatedByRoleIds, ...props.scenario.steps.flatMap((step) => (step.ownerRoleId === undefined ? [] : [step.ownerRoleId]))])];
  const people = new Map(content.people.map((person) => [person.id, person]));
  const roles = roleIds.flatMap((id) => content.roles.filter((role) => role.id === id));
  return (
    <section aria-labelledby="who-title">
      <h2 id="who-title">{t('ui.crisis.whoToCall')}</h2>
      <ul className="call-list" data-testid="who-to-call">
        {roles.map((role) => (
          <li key={role.id} className="call-role">
            <h3>{role.name}</h3>
            <ul>
              {role.primaryPersonId === undefined ? (
                <li className="badge critical">{t('ui.crisis.noPrimary')}</li>
              ) : (
                <PersonNumbers person={people.get(role.primaryPersonId)} personId={role.primaryPersonId} deputy={false} />
              )}
              {role.deputyPersonIds.map((id) => (
                <PersonNumbers key={id} person={people.get(id)} personId={id} deputy />
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
