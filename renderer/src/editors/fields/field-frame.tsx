import type { ReactNode } from 'react';
import { fieldLabel } from '../../conflicts/format-value.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { inputIdOf } from './field-props.js';

/** A field's label and its message; the input gets both wired up for assistive technology. */
export function FieldFrame(props: { name: string; path: string; required?: boolean; error?: string; children: ReactNode; group?: boolean }) {
  const { t } = useI18n();
  const id = inputIdOf(props.path);
  const label = (
    <>
      {fieldLabel(t, props.name)}
      {props.required === true && <span aria-hidden="true" className="required">*</span>}
    </>
  );
  return (
    <div className={`field ${props.error === undefined ? '' : 'invalid'}`}>
      {props.group === true ? <span className="label" id={`${id}-label`}>{label}</span> : <label htmlFor={id}>{label}</label>}
      {props.children}
      {props.error !== undefined && (
        <p id={`${id}-error`} className="field-error" role="status">{props.error}</p>
      )}
    </div>
  );
}

export function describedBy(path: string, error: string | undefined): { 'aria-invalid'?: boolean; 'aria-describedby'?: string } {
  return error === undefined ? {} : { 'aria-invalid': true, 'aria-describedby': `${inputIdOf(path)}-error` };
}
