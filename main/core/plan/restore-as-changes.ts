import { ID_PATTERN } from '../../../shared/plan/primitives.js';
import { collectionNames, type CollectionName, type PlanContent, type PlanDocument } from '../../../shared/plan/plan.js';
import { renameReferences } from '../../../shared/plan/reference-fields.js';
import { diffContent, type Change } from '../../../shared/plan/sync/index.js';

/** A new id for a record that was deleted after the revision being restored; deleted ids never come back. */
function revivedId(id: string, revision: number, taken: ReadonlySet<string>): string {
  for (let attempt = 0; ; attempt += 1) {
    const suffix = attempt === 0 ? `-r${revision}` : `-r${revision}-${attempt}`;
    const candidate = `${id.slice(0, 64 - suffix.length)}${suffix}`;
    if (ID_PATTERN.test(candidate) && !taken.has(candidate)) return candidate;
  }
}

/** A record deleted after the revision being restored, and the new id it comes back under. */
export interface RevivedRecord {
  readonly collection: CollectionName;
  readonly id: string;
  readonly newId: string;
}

/**
 * The records a restore brings back under a new id: those the past revision holds and the current plan has
 * deleted since. Tombstones are permanent by the merge's laws (a deleted id is left out of every merge,
 * whatever its stamps), so the old id cannot be lifted without another laptop deleting the record again at
 * the next sync; a new id is a new record that every copy keeps.
 */
export function revivedRecords(current: PlanDocument, past: PlanContent, revision: number): RevivedRecord[] {
  const revived: RevivedRecord[] = [];
  for (const collection of collectionNames) {
    const tombstoned = current.sync.tombstones[collection] ?? {};
    const taken = new Set([
      ...current.content[collection].map((record) => record.id),
      ...Object.keys(tombstoned),
      ...past[collection].map((record) => record.id),
    ]);
    for (const record of past[collection]) {
      if (Object.hasOwn(tombstoned, record.id)) {
        const newId = revivedId(record.id, revision, taken);
        taken.add(newId);
        revived.push({ collection, id: record.id, newId });
      }
    }
  }
  return revived;
}

/**
 * The changes that make the current plan say what a past revision said, as new edits with new stamps. So a
 * restore (and an undo) is an edit like any other: it travels to other laptops and wins over what it replaces,
 * instead of bringing back old stamps that the next sync would overrule. A record deleted since comes back
 * under a new id (see revivedRecords), and the references to it in the restored content follow.
 */
export function restoreAsChanges(current: PlanDocument, past: PlanContent, revision: number): Change[] {
  const revived = revivedRecords(current, past, revision);
  const renamed = new Map(revived.map((record) => [JSON.stringify([record.collection, record.id]), record.newId]));
  if (revived.length === 0) return diffContent(current.content, past);
  const newIdOf = (collection: CollectionName, id: string) => renamed.get(JSON.stringify([collection, id])) ?? id;
  const withNewIds = { ...past };
  for (const collection of new Set(revived.map((record) => record.collection))) {
    const records: readonly { id: string }[] = past[collection];
    Object.assign(withNewIds, { [collection]: records.map((record) => ({ ...record, id: newIdOf(collection, record.id) })) });
  }
  return diffContent(current.content, renameReferences(withNewIds, newIdOf));
}
