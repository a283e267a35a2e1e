import type { ExternalOrganisation } from '../../../shared/plan/entities.js';
import { useI18n } from '../i18n/i18n-context.js';
import { PhoneLine } from '../shell/phone-line.js';

/** The suppliers marked as down, each with the line that answers day and night: the first call to make. */
export function MarkedSuppliers(props: { organisations: readonly ExternalOrganisation[]; marked: ReadonlySet<string> }) {
  const { t } = useI18n();
  const marked = props.organisations.filter((organisation) => props.marked.has(organisation.id));
  if (marked.length === 0) return null;
  return (
    <section aria-labelledby="marked-suppliers-title" className="marked-suppliers">
      <h2 id="marked-suppliers-title">{t('ui.impact.markedSuppliers')}</h2>
      <ul data-testid="marked-suppliers">
        {marked.map((organisation) => (
          <li key={organisation.id} className="numbers">
            <span className="person-name">{organisation.name}</span>{' '}
            {organisation.line24x7 === undefined ? (
              <span className="badge warning">{t('ui.search.card.no24x7')}</span>
            ) : (
              <PhoneLine phone={{ number: organisation.line24x7, kind: 'other', private: false, label: t('ui.field.line24x7') }} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
