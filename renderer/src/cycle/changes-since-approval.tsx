import { enumLabels } from '../../../shared/i18n/enum-labels.js';
import type { Translate } from '../../../shared/i18n/index.js';
import { phoneKinds } from '../../../shared/plan/entities.js';
import { formatPhone } from '../../../shared/plan/phone-display.js';
import { collectionLabel, fieldLabel, formatValue } from '../conflicts/format-value.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { FieldChange, RecordChange } from '../../../shared/cycle/changes-since.js';
import { fieldChange } from './field-change.js';


const isPhoneKind = (value: unknown): value is (typeof phoneKinds)[number] => typeof value === 'string' && (phoneKinds as readonly string[]).includes(value);

/** A value as the reader knows it; a phone number dialable with its label or kind in the user's language. */
function readable(t: Translate, value: unknown): string {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const number = (value as Record<string, unknown>)['number'];
    const label = (value as Record<string, unknown>)['label'];
    const kind = (value as Record<string, unknown>)['kind'];
    if (typeof number === 'string') {
      const named = typeof label === 'string' ? label : isPhoneKind(kind) ? t(enumLabels.phoneKind[kind]) : undefined;
      return named === undefined ? formatPhone(number) : `${formatPhone(number)} (${named})`;
    }
  }
  return formatValue(t, value);
}

function FieldRow(props: { diff: FieldChange }) {
  const { t } = useI18n();
  const change = fieldChange(props.diff.before, props.diff.after);
  const label = fieldLabel(t, props.diff.field);
  return (
    <>
      <dt data-testid="diff-field">
        {label}
        <span className="visually-hidden">: </span>
      </dt>
      {change.kind === 'list' ? (
        <>
          <dd><del>{change.removed.map((item) => readable(t, item)).join('\n') || '—'}</del></dd>
          <dd><ins>{change.added.map((item) => readable(t, item)).join('\n') || '—'}</ins></dd>
        </>
      ) : (
        <>
          <dd><del>{readable(t, change.before)}</del></dd>
          <dd><ins>{readable(t, change.after)}</ins></dd>
        </>
      )}
    </>
  );
}

/** What changed since the adopted revision: per record, field by field, the old value struck and the new one beside it. */
export function ChangesSinceApproval(props: { records: readonly RecordChange[] }) {
  const { t } = useI18n();
  return (
    <div data-testid="changes-since-approval">
      {props.records.map((record) => (
        <section key={`${record.collection}:${record.recordId}`} className="diff-record" data-testid="diff-record" aria-label={`${collectionLabel(t, record.collection)}: ${record.name}`}>
          <h4>
            {collectionLabel(t, record.collection)}: {record.name} <span className="badge info">{t(`ui.cycle.approval.${record.change}`)}</span>
          </h4>
          {record.fields.length > 0 && (
            <dl className="diff-fields">
              <dt className="diff-head" aria-hidden="true">{t('ui.cycle.approval.field')}</dt>
              <dd className="diff-head" aria-hidden="true">{t('ui.cycle.approval.before')}</dd>
              <dd className="diff-head" aria-hidden="true">{t('ui.cycle.approval.after')}</dd>
              {record.fields.map((field) => <FieldRow key={field.field} diff={field} />)}
            </dl>
          )}
        </section>
      ))}
    </div>
  );
}
