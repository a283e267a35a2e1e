import type { ConflictViewItem } from '../../../shared/sync-contract.js';
import { visibleText } from '../../../shared/text-safety.js';
import { collectionLabel, fieldLabel, formatValue } from '../conflicts/format-value.js';
import { useI18n } from '../i18n/i18n-context.js';

/** The conflicts an import would raise, both values side by side; the user decides after reading in. */
export function ConflictPreviewList(props: { conflicts: readonly ConflictViewItem[] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="preview-conflicts-title" className="notice warning" data-testid="preview-conflicts">
      <h4 id="preview-conflicts-title">{t('sync.import.conflictsTitle', { count: props.conflicts.length })}</h4>
      <p>{t('sync.import.conflictsExplain')}</p>
      <ul>
        {props.conflicts.map((conflict) => (
          <li key={conflict.key}>
            {t('sync.conflicts.record', { collection: collectionLabel(t, conflict.collection), name: visibleText(conflict.recordName) })} ·{' '}
            {fieldLabel(t, conflict.field)}: <span className="sync-value">{formatValue(t, conflict.currentValue, conflict.field)}</span> /{' '}
            <span className="sync-value">{formatValue(t, conflict.otherValue, conflict.field)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
