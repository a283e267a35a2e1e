import {
  collectionNames,
  type CollectionName,
  type PlanContent,
} from '../plan.js';
import type { Change } from './changes.js';
import { compareKeys } from './conflict-key.js';
import { changedFields } from '../record-diff.js';
import { fieldValue } from './json-value.js';

type Fields = Readonly<Record<string, unknown>>;

/** The edit that turns `current` into `incoming`, field by field, or undefined when they already agree. */
function fieldEdit(current: Fields, incoming: Fields): { set: Record<string, unknown>; unset: string[] } | undefined {
  const set: Record<string, unknown> = {};
  const unset: string[] = [];
  for (const field of changedFields(current, incoming)) {
    const after = fieldValue(incoming, field);
    if (after === undefined) unset.push(field);
    else set[field] = after;
  }
  if (Object.keys(set).length === 0 && unset.length === 0) return undefined;
  return { set, unset };
}

function diffCollection(collection: CollectionName, current: readonly Fields[], incoming: readonly Fields[]): Change[] {
  const before = new Map(current.map((record) => [String(record['id']), record]));
  const after = new Map(incoming.map((record) => [String(record['id']), record]));
  const changes: Change[] = [];
  for (const id of [...before.keys()].sort(compareKeys)) {
    if (!after.has(id)) changes.push({ op: 'delete', collection, id });
  }
  for (const id of [...after.keys()].sort(compareKeys)) {
    const next = after.get(id);
    if (next === undefined) continue;
    const previous = before.get(id);
    if (previous === undefined) {
      changes.push({ op: 'create', collection, record: { ...next } });
      continue;
    }
    const edit = fieldEdit(previous, next);
    if (edit === undefined) continue;
    changes.push(
      edit.unset.length > 0
        ? { op: 'update', collection, id, set: edit.set, unset: edit.unset }
        : { op: 'update', collection, id, set: edit.set },
    );
  }
  return changes;
}

/**
 * The changes that turn `current` into `incoming` (an edited plan file, an imported plan): creates for new
 * records, deletes for records gone, and updates that name only the fields that differ, so every other field
 * keeps its stamp and a later merge stays exact. Record order is not content: the changes reproduce
 * `incoming` up to the order of records within a collection. An `incoming` record whose id this plan deleted
 * before is refused by `applyChanges` (RECORD_DELETED): deleted ids are never reused.
 */
export function diffContent(current: PlanContent, incoming: PlanContent): Change[] {
  const changes: Change[] = [];
  const metaEdit = fieldEdit(current.meta, incoming.meta);
  if (metaEdit !== undefined) {
    changes.push(
      metaEdit.unset.length > 0
        ? { op: 'updateMeta', set: metaEdit.set, unset: metaEdit.unset }
        : { op: 'updateMeta', set: metaEdit.set },
    );
  }
  for (const collection of collectionNames) {
    changes.push(
      ...diffCollection(
        collection,
        current[collection] as readonly Fields[],
        incoming[collection] as readonly Fields[],
      ),
    );
  }
  return changes;
}
