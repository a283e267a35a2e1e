import { useId, useMemo, useState } from 'react';
import { pluralForm } from '../../../shared/i18n/plural.js';
import type { CollectionName } from '../../../shared/plan/plan.js';
import { useI18n } from '../i18n/i18n-context.js';
import { Link } from '../router/link.js';
import { VirtualList } from '../shell/virtual-list.js';
import { foldText } from '../search/search-index.js';
import { useReferenceOptions } from './use-reference-options.js';

/** The records of one collection, filtered as you type; thousands stay smooth because only visible rows render. */
export function RecordList(props: { collection: CollectionName; selectedId?: string }) {
  const { t, language } = useI18n();
  const id = useId();
  const { options } = useReferenceOptions(props.collection);
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => {
    const needle = foldText(filter.trim());
    return needle === '' ? options : options.filter((option) => foldText(option.label).includes(needle));
  }, [options, filter]);
  return (
    <div className="record-list">
      <Link to={{ screen: 'edit', target: props.collection, id: 'new' }} className="button primary">{t('ui.editor.new')}</Link>
      <label htmlFor={id}>{t('ui.common.filter')}</label>
      <input id={id} type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
      <p className="hint">{t(`ui.editor.count.${pluralForm(language, shown.length)}`, { count: shown.length })}</p>
      <VirtualList
        label={t(`ui.collection.${props.collection}`)}
        count={shown.length}
        rowHeight={36}
        maxHeight={560}
        rowKey={(index) => shown[index]?.id ?? String(index)}
        renderRow={(index) => {
          const option = shown[index];
          if (option === undefined) return null;
          return (
            <Link to={{ screen: 'edit', target: props.collection, id: option.id }} current={option.id === props.selectedId} className="record-link">
              {option.label}
            </Link>
          );
        }}
      />
    </div>
  );
}
