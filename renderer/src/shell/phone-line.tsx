import type { Phone } from '../../../shared/plan/entities.js';
import { formatPhone, phoneLabel } from '../../../shared/plan/phone-display.js';
import { DisputedBadge } from '../conflicts/disputed-context.js';
import { useI18n } from '../i18n/i18n-context.js';

/**
 * One number as every screen shows it: what it is for (its label, else its kind), marked when private, and
 * the number as dialled; with its holder given, marked while syncing left the holder's numbers disputed. Which numbers a screen may show is phonesShownOnScreen's rule, not this one's.
 */
export function PhoneLine(props: { phone: Phone; personId?: string | undefined }) {
  const { t } = useI18n();
  const { phone } = props;
  const label = phoneLabel(phone, t);
  return (
    <>
      <span className="phone-kind" title={label}>{label}</span>
      {phone.private && <> <span className="badge info phone-private">{t('ui.phone.private')}</span></>}{' '}
      <span className="phone-number">{formatPhone(phone.number)}</span>
      {props.personId !== undefined && <DisputedBadge collection="people" recordId={props.personId} field="phones" />}
    </>
  );
}
