import { DayInput } from './day-input.js';
import { describedBy, FieldFrame } from './field-frame.js';
import { inputIdOf, type FieldProps } from './field-props.js';

/** A day of the plan (review, verification, consent): typed day-month-year, stored YYYY-MM-DD. */
export function DateField(props: FieldProps) {
  const { spec, path } = props;
  const error = props.errors.get(path);
  return (
    <FieldFrame name={spec.name} path={path} required={spec.required} error={error}>
      <DayInput
        id={inputIdOf(path)}
        required={spec.required}
        {...describedBy(path, error)}
        value={typeof props.value === 'string' ? props.value : ''}
        onChange={props.onChange}
      />
    </FieldFrame>
  );
}
