import { enumLabels } from '../../../../shared/i18n/enum-labels.js';
import { durationUnits, type Duration } from '../../../../shared/plan/primitives.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { describedBy, FieldFrame } from './field-frame.js';
import { inputIdOf, type FieldProps } from './field-props.js';

function asDuration(value: unknown): Partial<Duration> {
  return typeof value === 'object' && value !== null ? (value as Partial<Duration>) : {};
}

/** A BIA duration with its unit, as the coordinator writes it: 3 days, 4 hours. */
export function DurationField(props: FieldProps) {
  const { t } = useI18n();
  const { spec, path } = props;
  const duration = asDuration(props.value);
  const error = props.errors.get(path) ?? props.errors.get(`${path}.value`);
  const id = inputIdOf(path);
  const update = (next: Partial<Duration>) => {
    const merged = { ...duration, ...next };
    props.onChange(merged.value === undefined ? undefined : { value: merged.value, unit: merged.unit ?? 'hours' });
  };
  return (
    <FieldFrame name={spec.name} path={path} error={error}>
      <div className="row duration">
        <input id={id} type="number" min={0} step="any" value={duration.value ?? ''} {...describedBy(path, error)} onChange={(event) => update({ value: event.target.value === '' ? undefined : Number(event.target.value) })} />
        <label htmlFor={`${id}-unit`} className="visually-hidden">{t('ui.editor.unit')}</label>
        <select id={`${id}-unit`} value={duration.unit ?? 'hours'} onChange={(event) => update({ unit: event.target.value as Duration['unit'] })}>
          {durationUnits.map((unit) => <option key={unit} value={unit}>{t(enumLabels.durationUnit[unit])}</option>)}
        </select>
      </div>
    </FieldFrame>
  );
}
