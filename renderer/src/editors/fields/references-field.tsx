import { fieldLabel } from '../../conflicts/format-value.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { FieldSpec } from '../field-spec.js';
import { useReferenceOptions } from '../use-reference-options.js';
import { FieldFrame } from './field-frame.js';
import { inputIdOf, type FieldProps } from './field-props.js';

/** Several other records, in order: a role's deputies, a process's dependencies. */
export function ReferencesField(props: FieldProps<Extract<FieldSpec, { kind: 'references' }>>) {
  const { t } = useI18n();
  const { spec, path } = props;
  const { options, labels } = useReferenceOptions(spec.collection);
  const chosen = Array.isArray(props.value) ? (props.value as string[]) : [];
  const id = inputIdOf(path);
  return (
    <FieldFrame name={spec.name} path={path} group error={props.errors.get(path)}>
      <div role="group" aria-labelledby={`${id}-label`} className="references">
        <ul className="chips">
          {chosen.map((chosenId) => (
            <li key={chosenId} className="chip">
              <span>{labels.get(chosenId) ?? t('ui.editor.missingRecord', { id: chosenId })}</span>
              <button type="button" aria-label={t('ui.editor.removeNamed', { name: labels.get(chosenId) ?? chosenId })} onClick={() => props.onChange(chosen.filter((other) => other !== chosenId))}>×</button>
            </li>
          ))}
        </ul>
        <label htmlFor={id} className="visually-hidden">{t('ui.editor.addTo', { field: fieldLabel(t, spec.name) })}</label>
        <select id={id} value="" onChange={(event) => event.target.value !== '' && props.onChange([...chosen, event.target.value])}>
          <option value="">{t('ui.editor.add')}</option>
          {options.filter((option) => !chosen.includes(option.id)).map((option) => <option key={option.id} value={option.id}>{option.label}</option>)}
        </select>
      </div>
    </FieldFrame>
  );
}
