import { describedBy, FieldFrame } from './field-frame.js';
import { inputIdOf, type FieldProps } from './field-props.js';

const inputTypes = { text: 'text', email: 'email', number: 'number' } as const;

/** Text, e-mail and number fields, and long text. Empty means "not set". */
export function TextField(props: FieldProps) {
  const { spec, path } = props;
  const error = props.errors.get(path);
  const id = inputIdOf(path);
  const value = props.value === undefined || props.value === null ? '' : String(props.value);
  const wiring = { id, required: spec.required, ...describedBy(path, error) };
  return (
    <FieldFrame name={spec.name} path={path} required={spec.required} error={error}>
      {spec.kind === 'textarea' ? (
        <textarea {...wiring} value={value} rows={3} onChange={(event) => props.onChange(event.target.value)} />
      ) : (
        <input
          {...wiring}
          type={spec.kind in inputTypes ? inputTypes[spec.kind as keyof typeof inputTypes] : 'text'}
          value={value}
          onChange={(event) => {
            const raw = event.target.value;
            props.onChange(spec.kind === 'number' ? (raw === '' ? undefined : Number(raw)) : raw);
          }}
        />
      )}
    </FieldFrame>
  );
}
