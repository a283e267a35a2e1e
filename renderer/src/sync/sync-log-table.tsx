import type { SyncLogEntryView } from '../../../shared/sync-contract.js';
import type { Translate } from '../../../shared/i18n/index.js';
import { isMessageKey, translateRuntime } from '../../../shared/i18n/index.js';
import { formatTimestamp } from '../i18n/format.js';
import { useI18n } from '../i18n/i18n-context.js';

function whatHappened(t: Translate, entry: SyncLogEntryView): string {
  if (entry.direction === 'out') return entry.copyNumber === undefined ? '' : t('sync.log.copy', { copyNumber: entry.copyNumber });
  const imported = entry.imported;
  if (imported === undefined) return '';
  const kindKey = `sync.log.kind.${imported.kind}`;
  // The kind comes from the log file as written, so it is checked here rather than by the compiler.
  const kind = isMessageKey(kindKey) ? translateRuntime(t, kindKey) : imported.kind;
  return `${kind}: ${t('sync.log.importSummary', { ...imported })}`;
}

/** Which bundles left this laptop (to whom, encrypted or not) and came in (from whom, what they changed). */
export function SyncLogTable(props: { entries: readonly SyncLogEntryView[] | undefined; error: string | undefined }) {
  const { t, language } = useI18n();
  const { entries, error } = props;

  return (
    <section aria-labelledby="sync-log-title" className="sync-panel">
      <h2 id="sync-log-title">{t('sync.log.title')}</h2>
      {error !== undefined && <p role="alert" className="field-error">{error}</p>}
      {entries?.length === 0 && <p>{t('sync.log.empty')}</p>}
      {entries !== undefined && entries.length > 0 && (
        <table className="sync-log" data-testid="sync-log">
          <thead>
            <tr>
              <th scope="col">{t('sync.log.at')}</th>
              <th scope="col">{t('sync.log.direction')}</th>
              <th scope="col">{t('sync.log.revision')}</th>
              <th scope="col">{t('sync.log.who')}</th>
              <th scope="col">{t('sync.log.security')}</th>
              <th scope="col">{t('sync.log.what')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry, index) => (
              <tr key={`${entry.at}-${index}`} data-direction={entry.direction}>
                <td>{formatTimestamp(entry.at, language)}</td>
                <td>{t(entry.direction === 'out' ? 'sync.log.out' : 'sync.log.in')}</td>
                <td>{entry.revision}</td>
                <td>
                  {(entry.direction === 'out' ? entry.recipient : entry.imported?.from) ?? '—'}
                  {entry.location === undefined ? null : <span className="hint sync-location">{entry.location}</span>}
                </td>
                <td>
                  {entry.encrypted === undefined ? '—' : t(entry.encrypted ? 'sync.export.encryptedWord' : 'sync.export.plainWord')}
                  {entry.readableFiles !== undefined && entry.readableFiles.length > 0 && (
                    <span className="hint sync-location">{t('sync.log.readable', { files: entry.readableFiles.join(', ') })}</span>
                  )}
                </td>
                <td>{whatHappened(t, entry)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
