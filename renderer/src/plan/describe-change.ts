import type { Translate } from '../../../shared/i18n/index.js';
import { summariseChanges } from '../../../shared/plan/change-summary.js';
import type { PlanContent } from '../../../shared/plan/plan.js';
import { visibleText } from '../../../shared/text-safety.js';
import { fieldLabel } from '../conflicts/format-value.js';

/** "Telefoonnummers" reads as "telefoonnummers" inside a sentence; "RTO" stays as it is. */
export function inSentence(label: string): string {
  const [first = '', second = ''] = label;
  return second !== '' && second === second.toLocaleLowerCase() ? first.toLocaleLowerCase() + label.slice(1) : label;
}

/**
 * What undo takes back, in words: the change from `before` (the revision undo returns to) to `after` (the plan
 * now), as "Ongedaan maken: telefoonnummers van Henk Verbeek"; several records are counted.
 */
export function describeUndo(t: Translate, before: PlanContent, after: PlanContent): string | undefined {
  const summary = summariseChanges(before, after);
  const total = summary.reduce((sum, entry) => sum + entry.addedCount + entry.changedCount + entry.deletedCount, 0);
  if (total === 0) return undefined;
  if (total > 1) return t('ui.undo.many', { count: total });
  const [entry] = summary;
  const [changed] = entry?.changed ?? [];
  if (changed !== undefined) {
    return t('ui.undo.changed', { fields: changed.fields.map((field) => inSentence(fieldLabel(t, field))).join(', '), name: visibleText(changed.name) });
  }
  const [added] = entry?.added ?? [];
  if (added !== undefined) return t('ui.undo.added', { name: visibleText(added.name) });
  const [deleted] = entry?.deleted ?? [];
  return deleted === undefined ? undefined : t('ui.undo.deleted', { name: visibleText(deleted.name) });
}

/**
 * What redo brings back, in words: the change from the plan now (`current`) to the revision redo returns to
 * (`again`), as "Opnieuw: telefoonnummers van Henk Verbeek".
 */
export function describeRedo(t: Translate, current: PlanContent, again: PlanContent): string | undefined {
  const summary = summariseChanges(current, again);
  const total = summary.reduce((sum, entry) => sum + entry.addedCount + entry.changedCount + entry.deletedCount, 0);
  if (total === 0) return undefined;
  if (total > 1) return t('ui.redo.many', { count: total });
  const [entry] = summary;
  const [changed] = entry?.changed ?? [];
  if (changed !== undefined) {
    return t('ui.redo.changed', { fields: changed.fields.map((field) => inSentence(fieldLabel(t, field))).join(', '), name: visibleText(changed.name) });
  }
  const [added] = entry?.added ?? [];
  if (added !== undefined) return t('ui.redo.added', { name: visibleText(added.name) });
  const [deleted] = entry?.deleted ?? [];
  return deleted === undefined ? undefined : t('ui.redo.deleted', { name: visibleText(deleted.name) });
}
