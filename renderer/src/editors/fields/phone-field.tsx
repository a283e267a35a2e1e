import { useState } from 'react';
import { parsePhoneInput } from '../../i18n/format.js';
import { formatPhone } from '../../../../shared/plan/phone-display.js';
import { describedBy, FieldFrame } from './field-frame.js';
import { inputIdOf, type FieldProps } from './field-props.js';

/**
 * A phone number typed the way people write it (06 1234 5678); stored as E.164. While it is not a valid
 * number the typed text is kept as is, and the schema's check tells the user.
 */
export function PhoneField(props: FieldProps) {
  const { spec, path } = props;
  const error = props.errors.get(path);
  const stored = typeof props.value === 'string' ? props.value : '';
  const shownFor = (value: string) => (value.startsWith('+') ? formatPhone(value) : value);
  const [typed, setTyped] = useState(() => shownFor(stored));
  // A newer revision (or undo) can change the stored number under the form; the typed text then follows it.
  const [received, setReceived] = useState(stored);
  if (stored !== received) {
    setReceived(stored);
    if ((parsePhoneInput(typed) ?? typed) !== stored) setTyped(shownFor(stored));
  }
  return (
    <FieldFrame name={spec.name} path={path} required={spec.required} error={error}>
      <input
        id={inputIdOf(path)}
        type="tel"
        value={typed}
        required={spec.required}
        {...describedBy(path, error)}
        onChange={(event) => {
          const text = event.target.value;
          setTyped(text);
          props.onChange(text.trim() === '' ? undefined : (parsePhoneInput(text) ?? text));
        }}
      />
    </FieldFrame>
  );
}
