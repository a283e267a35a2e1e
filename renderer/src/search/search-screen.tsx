import { useId, useMemo, useState } from 'react';
import { pluralForm } from '../../../shared/i18n/plural.js';
import { formatPhone } from '../../../shared/plan/phone-display.js';
import { useI18n } from '../i18n/i18n-context.js';
import { VirtualList } from '../shell/virtual-list.js';
import { SearchCard } from './search-card.js';
import { searchIndex, type SearchEntry } from './search-index.js';
import { useSearchIndex } from './use-search-index.js';

function sameEntry(a: SearchEntry | undefined, b: SearchEntry): boolean {
  return a !== undefined && a.kind === b.kind && a.id === b.id && a.phone === b.phone;
}

function ResultRow(props: { entry: SearchEntry; selected: boolean; onOpen: () => void }) {
  const { t } = useI18n();
  const { entry } = props;
  const label = entry.detailLabel === undefined ? '' : t(entry.detailLabel);
  const detail = [entry.phone === undefined ? entry.detail : entry.label, entry.phone === undefined ? label : entry.detail, entry.private === true ? t('ui.phone.private') : '']
    .filter((part) => part !== '')
    .join(' · ');
  return (
    <button type="button" className="search-result" aria-pressed={props.selected} onClick={props.onOpen}>
      <span className="result-kind">{t(`ui.search.kind.${entry.kind}`)}</span>
      <span className="result-label">{entry.phone === undefined ? entry.label : formatPhone(entry.phone)}</span>
      <span className="result-detail">{detail}</span>
    </button>
  );
}

/** Instant search as you type; a result opens a read-only card beside the list, editing is one step further. */
export function SearchScreen() {
  const { t, language } = useI18n();
  const id = useId();
  const index = useSearchIndex();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<SearchEntry | undefined>(undefined);
  const results = useMemo(() => searchIndex(index, query), [index, query]);
  return (
    <div className="search">
      <h1>{t('ui.search.title')}</h1>
      <label htmlFor={id}>{t('ui.search.label')}</label>
      <input id={id} type="search" className="search-input" value={query} onChange={(event) => setQuery(event.target.value)} autoFocus autoComplete="off" />
      <p aria-live="polite" data-testid="search-count">{query.trim() === '' ? t('ui.search.hint') : t(`ui.search.count.${pluralForm(language, results.length)}`, { count: results.length })}</p>
      <div className={`search-layout${open === undefined ? '' : ' with-card'}`}>
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
            return entry === undefined ? null : <ResultRow entry={entry} selected={sameEntry(open, entry)} onOpen={() => setOpen(entry)} />;
          }}
        />
        {open !== undefined && <SearchCard entry={open} onClose={() => setOpen(undefined)} />}
      </div>
    </div>
  );
}
