import type { ContactsPreview } from '../../../shared/api.js';
import { formatPhone } from '../../../shared/plan/phone-display.js';
import { contactsImportActions } from '../../../shared/plan/vocabularies.js';
import { useI18n } from '../i18n/i18n-context.js';

export type Action = (typeof contactsImportActions)[number];
export type Decisions = ReadonlyMap<number, Action>;

/** What a row starts with: a namesake is never updated until the user says so for that contact. */
export function defaultAction(entry: ContactsPreview['entries'][number]): Action {
  return entry.confirmationNeeded === true ? 'skip' : entry.proposed;
}

/** One row per contact in the file: who it is, whom in the plan it matches and why, and what to do with it. */
export function ContactsPreviewTable(props: { entries: ContactsPreview['entries']; decisions: Decisions; onDecide: (index: number, action: Action) => void }) {
  const { t } = useI18n();
  return (
    <table className="contacts-preview">
      <thead>
        <tr>
          <th scope="col">{t('ui.contacts.incoming')}</th>
          <th scope="col">{t('ui.contacts.match')}</th>
          <th scope="col">{t('ui.contacts.changes')}</th>
          <th scope="col">{t('ui.contacts.action')}</th>
        </tr>
      </thead>
      <tbody>
        {props.entries.map((entry) => {
          const actions = contactsImportActions.filter((action) => action !== 'update' || entry.match !== undefined);
          return (
            <tr key={entry.index} data-testid="contact-row">
              <th scope="row">
                {entry.incoming.name}
                <span className="hint">{[...entry.incoming.emails.map((email) => email.address), entry.incoming.organisation, ...entry.incoming.phones.map((phone) => formatPhone(phone.number))].filter(Boolean).join(' · ')}</span>
              </th>
              <td>
                {entry.match === undefined ? t('ui.contacts.noMatch') : t('ui.contacts.matchBy', { name: entry.match.name, reason: t(`ui.contacts.reason.${entry.match.reason}`) })}
                {entry.confirmationNeeded === true && <span className="hint">{t('ui.contacts.nameMatchOnly')}</span>}
              </td>
              <td>{entry.changedFields.length === 0 ? '—' : entry.changedFields.join(', ')}</td>
              <td>
                <label className="visually-hidden" htmlFor={`contact-action-${entry.index}`}>{t('ui.contacts.actionFor', { name: entry.incoming.name })}</label>
                <select id={`contact-action-${entry.index}`} value={props.decisions.get(entry.index) ?? defaultAction(entry)} onChange={(event) => props.onDecide(entry.index, event.target.value as Action)}>
                  {actions.map((action) => (
                    <option key={action} value={action}>
                      {t(action === 'update' && entry.confirmationNeeded === true ? 'ui.contacts.do.confirmNameMatch' : `ui.contacts.do.${action}`)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
