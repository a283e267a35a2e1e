import { fieldLabel } from '../../conflicts/format-value.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { inputIdOf, type FieldProps } from './field-props.js';

export function BooleanField(props: FieldProps) {
  const { t } = useI18n();
  const id = inputIdOf(props.path);
  return (
    <div className="field check">
      <input id={id} type="checkbox" checked={props.value === true} onChange={(event) => props.onChange(event.target.checked)} />
      <label htmlFor={id}>{fieldLabel(t, props.spec.name)}</label>
    </div>
  );
}
