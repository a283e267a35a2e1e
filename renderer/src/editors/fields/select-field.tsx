import { useI18n } from '../../i18n/i18n-context.js';
import { optionLabel, type FieldSpec } from '../field-spec.js';
import { describedBy, FieldFrame } from './field-frame.js';
import { inputIdOf, type FieldProps } from './field-props.js';

export function SelectField(props: FieldProps<Extract<FieldSpec, { kind: 'select' }>>) {
  const { t } = useI18n();
  const { spec, path } = props;
  const error = props.errors.get(path);
  const label = (option: string) => optionLabel(t, spec.optionLabels, option);
  return (
    <FieldFrame name={spec.name} path={path} required={spec.required} error={error}>
      <select id={inputIdOf(path)} value={typeof props.value === 'string' ? props.value : ''} required={spec.required} {...describedBy(path, error)} onChange={(event) => props.onChange(event.target.value === '' ? undefined : event.target.value)}>
        {(spec.required !== true || props.value === undefined) && <option value="">{t('ui.common.none')}</option>}
        {spec.options.map((option) => <option key={option} value={option}>{label(option)}</option>)}
      </select>
    </FieldFrame>
  );
}
