import { useI18n } from '../../i18n/i18n-context.js';
import type { FieldSpec } from '../field-spec.js';
import { useReferenceOptions } from '../use-reference-options.js';
import { describedBy, FieldFrame } from './field-frame.js';
import { inputIdOf, type FieldProps } from './field-props.js';

/** One other record: a role's primary, an application's supplier. */
export function ReferenceField(props: FieldProps<Extract<FieldSpec, { kind: 'reference' }>>) {
  const { t } = useI18n();
  const { spec, path } = props;
  const { options, labels } = useReferenceOptions(spec.collection);
  const error = props.errors.get(path);
  const value = typeof props.value === 'string' ? props.value : '';
  return (
    <FieldFrame name={spec.name} path={path} required={spec.required} error={error}>
      <select id={inputIdOf(path)} value={value} required={spec.required} {...describedBy(path, error)} onChange={(event) => props.onChange(event.target.value === '' ? undefined : event.target.value)}>
        <option value="">{t('ui.common.none')}</option>
        {value !== '' && !labels.has(value) && <option value={value}>{t('ui.editor.missingRecord', { id: value })}</option>}
        {options.map((option) => <option key={option.id} value={option.id}>{option.label}</option>)}
      </select>
    </FieldFrame>
  );
}
