import { useId, useMemo, useState } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { VirtualList } from '../shell/virtual-list.js';

/** One kind of thing that can be out, as checkboxes; a filter keeps hundreds of records usable. */
export function UnavailablePicker(props: {
  legend: string;
  records: readonly { id: string; name: string }[];
  selected: ReadonlySet<string>;
  onToggle: (id: string, on: boolean) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return needle === '' ? props.records : props.records.filter((record) => record.name.toLowerCase().includes(needle));
  }, [props.records, filter]);
  return (
    <fieldset className="unavailable-picker">
      <legend>{props.legend} {props.selected.size > 0 && <span className="badge warning">{props.selected.size}</span>}</legend>
      {props.records.length > 12 && (
        <>
          <label htmlFor={`${id}-filter`} className="visually-hidden">{t('ui.common.filter')}</label>
          <input id={`${id}-filter`} type="search" placeholder={t('ui.common.filter')} value={filter} onChange={(event) => setFilter(event.target.value)} />
        </>
      )}
      <VirtualList
        label={props.legend}
        count={shown.length}
        rowHeight={34}
        maxHeight={240}
        rowKey={(index) => shown[index]?.id ?? String(index)}
        renderRow={(index) => {
          const record = shown[index];
          if (record === undefined) return null;
          return (
            <label className="check">
              <input type="checkbox" checked={props.selected.has(record.id)} onChange={(event) => props.onToggle(record.id, event.target.checked)} />
              {record.name}
            </label>
          );
        }}
      />
    </fieldset>
  );
}
