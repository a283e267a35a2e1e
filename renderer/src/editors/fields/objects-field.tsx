import { fieldLabel } from '../../conflicts/format-value.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { FieldSpec } from '../field-spec.js';
import { FieldInput } from './field-input.js';
import type { FieldProps } from './field-props.js';

type Item = Record<string, unknown>;

/** A list of small records inside a record: phone numbers, action steps, legal deadlines, copies. */
export function ObjectsField(props: FieldProps<Extract<FieldSpec, { kind: 'objects' }>>) {
  const { t } = useI18n();
  const { spec, path } = props;
  const items = Array.isArray(props.value) ? (props.value as Item[]) : [];
  const title = fieldLabel(t, spec.name);
  const replace = (index: number, item: Item | undefined) =>
    props.onChange(item === undefined ? items.filter((_, position) => position !== index) : items.map((old, position) => (position === index ? item : old)));
  const move = (index: number, by: number) => {
    const next = [...items];
    const [item] = next.splice(index, 1);
    if (item !== undefined) next.splice(index + by, 0, item);
    props.onChange(next);
  };
  return (
    <fieldset className="objects-field">
      <legend>{title}</legend>
      <ol>
        {items.map((item, index) => (
          <li key={index} className="object-item">
            {spec.fields.map((field) => (
              <FieldInput key={field.name} spec={field} value={item[field.name]} path={`${path}.${index}.${field.name}`} errors={props.errors} onChange={(value) => replace(index, { ...item, [field.name]: value })} />
            ))}
            <div className="row">
              {spec.ordered === true && (
                <>
                  <button type="button" disabled={index === 0} onClick={() => move(index, -1)}>{t('ui.editor.moveUp')}</button>
                  <button type="button" disabled={index === items.length - 1} onClick={() => move(index, 1)}>{t('ui.editor.moveDown')}</button>
                </>
              )}
              <button type="button" onClick={() => replace(index, undefined)}>{t('ui.editor.removeItem', { number: index + 1 })}</button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => props.onChange([...items, spec.newItem()])}>{t('ui.editor.addItem', { field: title })}</button>
    </fieldset>
  );
}
