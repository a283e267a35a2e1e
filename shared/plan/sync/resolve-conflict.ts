import { DraaiboekError } from '../../errors.js';
import type { Conflict, PlanDocument } from '../plan.js';
import { applyChanges, type Change } from './changes.js';
import { conflictKey } from './conflict-key.js';
import { noteStamp, type SyncClock } from './sync-clock.js';

/**
 * What the user decided about a conflict: keep the value the plan has now, take the value that lost, or
 * write a value of their own (often the two combined).
 */
export type ConflictChoice = { keep: 'mine' } | { take: 'theirs' } | { value: unknown };

function changeSetting(conflict: Conflict, value: unknown): Change {
  const edit = value === undefined ? { set: {}, unset: [conflict.field] } : { set: { [conflict.field]: value } };
  return conflict.collection === 'meta'
    ? { op: 'updateMeta', ...edit }
    : { op: 'update', collection: conflict.collection, id: conflict.recordId, ...edit };
}

function chosenValue(conflict: Conflict, choice: ConflictChoice): { readonly value: unknown } | undefined {
  if ('take' in choice) return { value: conflict.value };
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
  const chosen = chosenValue(conflict, choice);
  const edited = chosen === undefined ? doc : applyChanges(doc, [changeSetting(conflict, chosen.value)], clock);
  const resolvedAt = clock.tick();
  const versionVector = { ...edited.sync.versionVector };
  noteStamp(versionVector, resolvedAt);
  const conflicts = edited.sync.conflicts.map((candidate) =>
    conflictKey(candidate) === key ? { ...candidate, resolvedAt } : candidate,
  );
  return { content: edited.content, sync: { ...edited.sync, versionVector, conflicts } };
}
