import { DraaiboekError } from '../../errors.js';
import type { Conflict, PlanDocument } from '../plan.js';
import { applyChanges, type Change } from './changes.js';
import { conflictKey } from './conflict-key.js';
import { fieldValue } from './json-value.js';
import { unionOfLists } from './keep-both.js';
import { noteStamp, type SyncClock } from './sync-clock.js';

/**
 * What the user decided about a conflict: keep the value the plan has now, take the value that lost, or
 * write a value of their own (often the two combined); for a list, keep both (the union of the two lists).
 */
export type ConflictChoice = { keep: 'mine' } | { keep: 'both' } | { take: 'theirs' } | { value: unknown };

function changeSetting(conflict: Conflict, value: unknown): Change {
  const edit = value === undefined ? { set: {}, unset: [conflict.field] } : { set: { [conflict.field]: value } };
  return conflict.collection === 'meta'
    ? { op: 'updateMeta', ...edit }
    : { op: 'update', collection: conflict.collection, id: conflict.recordId, ...edit };
}

function recordOf(doc: PlanDocument, conflict: Conflict): object | undefined {
  if (conflict.collection === 'meta') return doc.content.meta;
  const records: readonly { readonly id: string }[] = doc.content[conflict.collection];
  return records.find((record) => record.id === conflict.recordId);
}

function chosenValue(doc: PlanDocument, conflict: Conflict, choice: ConflictChoice): { readonly value: unknown } | undefined {
  if ('take' in choice) return { value: conflict.value };
  if ('keep' in choice && choice.keep === 'both') {
    const union = unionOfLists(fieldValue(recordOf(doc, conflict), conflict.field), conflict.value);
    if (union === undefined) {
      throw new DraaiboekError('CONFLICT_NOT_A_LIST', `conflict ${conflictKey(conflict)} is not about a list`, { field: conflict.field });
    }
    return { value: union };
  }
  if ('value' in choice) return { value: choice.value };
  return undefined;
}

/**
 * Settles a conflict: marks it resolved (it stays resolved through later merges) and, unless the user keeps the
 * current value, writes the chosen value as a new edit, which then wins over both old ones everywhere.
 */
export function resolveConflict(
  doc: PlanDocument,
  key: string,
  choice: ConflictChoice,
  clock: SyncClock,
): PlanDocument {
  const conflict = doc.sync.conflicts.find((candidate) => conflictKey(candidate) === key);
  if (conflict === undefined) {
    throw new DraaiboekError('CONFLICT_NOT_FOUND', `no conflict ${key}`, { key });
  }
  const chosen = chosenValue(doc, conflict, choice);
  const edited = chosen === undefined ? doc : applyChanges(doc, [changeSetting(conflict, chosen.value)], clock);
  const resolvedAt = clock.tick();
  const versionVector = { ...edited.sync.versionVector };
  noteStamp(versionVector, resolvedAt);
  const conflicts = edited.sync.conflicts.map((candidate) =>
    conflictKey(candidate) === key ? { ...candidate, resolvedAt } : candidate,
  );
  return { content: edited.content, sync: { ...edited.sync, versionVector, conflicts } };
}
