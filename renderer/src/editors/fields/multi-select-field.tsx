import { useI18n } from '../../i18n/i18n-context.js';
import { optionLabel, type FieldSpec } from '../field-spec.js';
import { FieldFrame } from './field-frame.js';
import { inputIdOf, type FieldProps } from './field-props.js';

/** A few fixed choices, any number of them (base registers). */
export function MultiSelectField(props: FieldProps<Extract<FieldSpec, { kind: 'multiSelect' }>>) {
  const { t } = useI18n();
  const { spec, path } = props;
  const chosen = new Set(Array.isArray(props.value) ? (props.value as string[]) : []);
  const id = inputIdOf(path);
  return (
    <FieldFrame name={spec.name} path={path} group error={props.errors.get(path)}>
      <div role="group" aria-labelledby={`${id}-label`} className="checks">
        {spec.options.map((option) => (
          <label key={option} className="check">
            <input
              type="checkbox"
              checked={chosen.has(option)}
              onChange={(event) => props.onChange(spec.options.filter((candidate) => (candidate === option ? event.target.checked : chosen.has(candidate))))}
            />
            {optionLabel(t, spec.optionLabels, option)}
          </label>
        ))}
      </div>
    </FieldFrame>
  );
}
