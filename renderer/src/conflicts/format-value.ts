import { isMessageKey, translateRuntime, type Translate } from '../../../shared/i18n/index.js';
import { formatPhone } from '../../../shared/plan/phone-display.js';
import { enumLabels } from '../../../shared/i18n/enum-labels.js';

/** The label a user knows a field by (`ui.field.<name>`), else its own name. */
export function fieldLabel(t: Translate, field: string): string {
  const key = `ui.field.${field}`;
  return isMessageKey(key) ? translateRuntime(t, key) : field;
}

/** The label of a collection as the preview and the conflicts name it. */
export function collectionLabel(t: Translate, collection: string): string {
  const key = `bundles.collection.${collection}`;
  return isMessageKey(key) ? translateRuntime(t, key) : collection;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value of one of the plan's vocabularies by its label ("SaaS", "Mobiel"), never raw; anything else as is. */
function vocabularyLabel(t: Translate, set: Readonly<Record<string, string>>, value: string): string {
  const key = set[value];
  return key !== undefined && isMessageKey(key) ? translateRuntime(t, key) : value;
}

/** Top-level fields whose values come from one vocabulary, the same in every collection that has them. */
const fieldVocabularies: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  hosting: enumLabels.hosting,
  criticality: enumLabels.criticality,
};

/**
 * One value of a field as a person reads it: text as is, vocabulary values by their label, phone numbers
 * dialable, lists one per line.
 */
export function formatValue(t: Translate, value: unknown, field?: string): string {
  const vocabulary = field === undefined ? undefined : fieldVocabularies[field];
  if (vocabulary !== undefined && typeof value === 'string') return vocabularyLabel(t, vocabulary, value);
  if (value === undefined || value === null || value === '') return t('sync.conflicts.empty');
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return t(value ? 'sync.value.yes' : 'sync.value.no');
  if (Array.isArray(value)) return value.length === 0 ? t('sync.conflicts.empty') : value.map((item) => formatValue(t, item)).join('\n');
  if (isRecord(value)) {
    const number = value['number'];
    if (typeof number === 'string') {
      const label = value['label'] ?? (typeof value['kind'] === 'string' ? vocabularyLabel(t, enumLabels.phoneKind, value['kind']) : undefined);
      return typeof label === 'string' ? `${formatPhone(number)} (${label})` : formatPhone(number);
    }
    const address = value['address'];
    if (typeof address === 'string') {
      const label = value['label'] ?? (typeof value['kind'] === 'string' ? vocabularyLabel(t, enumLabels.emailKind, value['kind']) : undefined);
      return typeof label === 'string' ? `${address} (${label})` : address;
    }
    const name = value['name'] ?? value['title'];
    if (typeof name === 'string') return name;
  }
  return JSON.stringify(value);
}
