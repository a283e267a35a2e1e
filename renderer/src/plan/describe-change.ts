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

/** The words of one direction: what undo takes back, or what redo brings again. */
const phrasings = {
  undo: { changed: 'ui.undo.changed', added: 'ui.undo.added', deleted: 'ui.undo.deleted', many: 'ui.undo.many' },
  redo: { changed: 'ui.redo.changed', added: 'ui.redo.added', deleted: 'ui.redo.deleted', many: 'ui.redo.many' },
} as const;

/** The change from `from` to `to` in one line: one record by name and fields, several counted. */
function describeStep(t: Translate, from: PlanContent, to: PlanContent, words: (typeof phrasings)[keyof typeof phrasings]): string | undefined {
  const summary = summariseChanges(from, to);
  const total = summary.reduce((sum, entry) => sum + entry.addedCount + entry.changedCount + entry.deletedCount, 0);
  if (total === 0) return undefined;
  if (total > 1) return t(words.many, { count: total });
  const [entry] = summary;
  const [changed] = entry?.changed ?? [];
  if (changed !== undefined) {
    return t(words.changed, { fields: changed.fields.map((field) => inSentence(fieldLabel(t, field))).join(', '), name: visibleText(changed.name) });
  }
  const [added] = entry?.added ?? [];
  if (added !== undefined) return t(words.added, { name: visibleText(added.name) });
  const [deleted] = entry?.deleted ?? [];
  return deleted === undefined ? undefined : t(words.deleted, { name: visibleText(deleted.name) });
}

/**
 * What undo takes back, in words: the change from `before` (the revision undo returns to) to `after` (the plan
 * now), as "Ongedaan maken: telefoonnummers van Henk Verbeek"; several records are counted.
 */
export function describeUndo(t: Translate, before: PlanContent, after: PlanContent): string | undefined {
  return describeStep(t, before, after, phrasings.undo);
}

/**
 * What redo brings back, in words: the change from the plan now (`current`) to the revision redo returns to
 * (`again`), as "Opnieuw: telefoonnummers van Henk Verbeek".
 */
export function describeRedo(t: Translate, current: PlanContent, again: PlanContent): string | undefined {
  return describeStep(t, current, again, phrasings.redo);
}
