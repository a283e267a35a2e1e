import { useId, useMemo, useState } from 'react';
import { pluralForm } from '../../../shared/i18n/plural.js';
import { formatPhone } from '../../../shared/plan/phone-display.js';
import { useI18n } from '../i18n/i18n-context.js';
import { Link } from '../router/link.js';
import { VirtualList } from '../shell/virtual-list.js';
import { searchIndex, type SearchEntry } from './search-index.js';
import { useSearchIndex } from './use-search-index.js';

function ResultRow(props: { entry: SearchEntry }) {
  const { t } = useI18n();
  const { entry } = props;
  const label = entry.detailLabel === undefined ? '' : t(entry.detailLabel);
  const detail = [entry.phone === undefined ? entry.detail : entry.label, label].filter((part) => part !== '').join(' · ');
  return (
    <Link to={{ screen: 'edit', target: entry.target, id: entry.id }} className="search-result">
      <span className="result-kind">{t(`ui.search.kind.${entry.kind}`)}</span>
      <span className="result-label">{entry.phone === undefined ? entry.label : formatPhone(entry.phone)}</span>
      <span className="result-detail">{detail}</span>
    </Link>
  );
}

/** Instant search as you type, across people, numbers, roles, processes, suppliers and applications. */
export function SearchScreen() {
  const { t, language } = useI18n();
  const id = useId();
  const index = useSearchIndex();
  const [query, setQuery] = useState('');
  const results = useMemo(() => searchIndex(index, query), [index, query]);
  return (
    <div className="search">
      <h1>{t('ui.search.title')}</h1>
      <label htmlFor={id}>{t('ui.search.label')}</label>
      <input id={id} type="search" className="search-input" value={query} onChange={(event) => setQuery(event.target.value)} autoFocus autoComplete="off" />
      <p aria-live="polite" data-testid="search-count">{query.trim() === '' ? t('ui.search.hint') : t(`ui.search.count.${pluralForm(language, results.length)}`, { count: results.length })}</p>
      <VirtualList
        label={t('ui.search.results')}
        count={results.length}
        rowHeight={56}
        maxHeight={560}
        rowKey={(position) => {
          const entry = results[position];
          return entry === undefined ? String(position) : `${entry.kind}:${entry.id}:${entry.phone ?? ''}:${position}`;
        }}
        renderRow={(position) => {
          const entry = results[position];
          return entry === undefined ? null : <ResultRow entry={entry} />;
        }}
      />
    </div>
  );
}
