import type { CollectionChangesView } from '../../../shared/sync-contract.js';
import { visibleText } from '../../../shared/text-safety.js';
import { collectionLabel, fieldLabel } from '../conflicts/format-value.js';
import { useI18n } from '../i18n/i18n-context.js';

function MoreNote(props: { shown: number; total: number }) {
  const { t } = useI18n();
  return props.total > props.shown ? <li className="hint">{t('sync.import.more', { count: props.total - props.shown })}</li> : null;
}

/** Per collection: how many records are new, changed and deleted, and which, by name. */
export function ChangeList(props: { changes: readonly CollectionChangesView[] }) {
  const { t } = useI18n();
  if (props.changes.length === 0) return <p>{t('sync.import.noChanges')}</p>;
  return (
    <ul className="sync-changes" data-testid="preview-changes">
      {props.changes.map((entry) => (
        <li key={entry.collection} data-collection={entry.collection}>
          <strong>{collectionLabel(t, entry.collection)}</strong>:{' '}
          {t('sync.import.collectionCounts', { added: entry.addedCount, changed: entry.changedCount, deleted: entry.deletedCount })}
          <details>
            <summary>{collectionLabel(t, entry.collection)}</summary>
            {entry.added.length > 0 && (
              <>
                <p>{t('sync.import.added')}</p>
                <ul>
                  {entry.added.map((record) => <li key={record.id}>{visibleText(record.name)}</li>)}
                  <MoreNote shown={entry.added.length} total={entry.addedCount} />
                </ul>
              </>
            )}
            {entry.changed.length > 0 && (
              <>
                <p>{t('sync.import.changed')}</p>
                <ul>
                  {entry.changed.map((record) => (
                    <li key={record.id}>
                      {t('sync.import.changedRecord', { name: visibleText(record.name), fields: record.fields.map((field) => fieldLabel(t, field)).join(', ') })}
                    </li>
                  ))}
                  <MoreNote shown={entry.changed.length} total={entry.changedCount} />
                </ul>
              </>
            )}
            {entry.deleted.length > 0 && (
              <>
                <p>{t('sync.import.deleted')}</p>
                <ul>
                  {entry.deleted.map((record) => <li key={record.id}>{visibleText(record.name)}</li>)}
                  <MoreNote shown={entry.deleted.length} total={entry.deletedCount} />
                </ul>
              </>
            )}
          </details>
        </li>
      ))}
    </ul>
  );
}
