import type { Translate } from '../../../shared/i18n/index.js';
import type { CollectionChangesView } from '../../../shared/sync-contract.js';
import { visibleText } from '../../../shared/text-safety.js';
import { fieldLabel } from '../conflicts/format-value.js';
import { inSentence } from '../plan/describe-change.js';

/** How many records a history row names before it counts the rest. */
const NAMED = 3;

/**
 * What a revision changed, in words, one phrase per record ("telefoonnummers van Henk Verbeek", "Piet Jansen
 * toegevoegd"), the rest counted ("en nog 4").
 */
export function describeRevision(t: Translate, changes: readonly CollectionChangesView[]): string[] {
  const phrases: string[] = [];
  let total = 0;
  for (const entry of changes) {
    total += entry.addedCount + entry.changedCount + entry.deletedCount;
    for (const record of entry.changed) {
      const fields = record.fields.map((field) => inSentence(fieldLabel(t, field))).join(', ');
      phrases.push(t('ui.history.changedRecord', { fields, name: visibleText(record.name) }));
    }
    for (const record of entry.added) phrases.push(t('ui.history.addedRecord', { name: visibleText(record.name) }));
    for (const record of entry.deleted) phrases.push(t('ui.history.deletedRecord', { name: visibleText(record.name) }));
  }
  if (total === 0) return [t('ui.history.noChanges')];
  const named = phrases.slice(0, NAMED);
  return total > named.length ? [...named, t('ui.history.moreChanges', { count: total - named.length })] : named;
}
