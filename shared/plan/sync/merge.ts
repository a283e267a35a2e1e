import { planMetaSchema, type PlanMeta } from '../meta.js';
import {
  META_RECORD_ID,
  collectionNames,
  collectionSchemas,
  type CollectionName,
  type Conflict,
  type Hlc,
  type PlanContent,
  type PlanDocument,
  type StampedCollection,
  type Stamps,
  type Tombstones,
  type VersionVector,
} from '../plan.js';
import { compareKeys, conflictKey } from './conflict-key.js';
import type { RecordStamps } from './document-draft.js';
import { mergeRecord, type FieldValues, type RecordConflicts, type RecordSide } from './merge-record.js';

export { conflictKey } from './conflict-key.js';
export { resolveConflict, type ConflictChoice } from './resolve-conflict.js';

export interface MergeResult {
  document: PlanDocument;
  /** Conflicts that neither copy had before: what the user should be shown after this merge. */
  newConflicts: Conflict[];
}

function mergeVersionVectors(a: VersionVector, b: VersionVector): VersionVector {
  const merged: VersionVector = { ...a };
  for (const [node, stamp] of Object.entries(b)) {
    const known = merged[node];
    if (known === undefined || known < stamp) merged[node] = stamp;
  }
  return merged;
}

function mergeTombstones(a: Tombstones, b: Tombstones): Tombstones {
  const merged: Tombstones = {};
  for (const collection of collectionNames) {
    const union: Record<string, Hlc> = { ...a[collection] };
    for (const [id, stamp] of Object.entries(b[collection] ?? {})) {
      const known = union[id];
      if (known === undefined || known < stamp) union[id] = stamp;
    }
    if (Object.keys(union).length > 0) merged[collection] = union;
  }
  return merged;
}

type ConflictIndex = Map<string, Map<string, Map<Hlc, Conflict>>>;

function recordKey(collection: StampedCollection, id: string): string {
  return `${collection}/${id}`;
}

function indexConflicts(conflicts: readonly Conflict[]): ConflictIndex {
  const index: ConflictIndex = new Map();
  for (const conflict of conflicts) {
    const key = recordKey(conflict.collection, conflict.recordId);
    let byField = index.get(key);
    if (byField === undefined) index.set(key, (byField = new Map()));
    let byStamp = byField.get(conflict.field);
    if (byStamp === undefined) byField.set(conflict.field, (byStamp = new Map()));
    byStamp.set(conflict.stamp, conflict);
  }
  return index;
}

const noConflicts: RecordConflicts = new Map();

/** Everything one copy holds about one record. */
function sideOf(
  doc: PlanDocument,
  conflicts: ConflictIndex,
  collection: StampedCollection,
  id: string,
  record: FieldValues | undefined,
): RecordSide {
  const stamps: RecordStamps = doc.sync.stamps[collection]?.[id] ?? {};
  return {
    record,
    stamps,
    conflicts: conflicts.get(recordKey(collection, id)) ?? noConflicts,
    versionVector: doc.sync.versionVector,
  };
}

function recordsById(records: readonly FieldValues[]): Map<string, FieldValues> {
  const byId = new Map<string, FieldValues>();
  for (const record of records) byId.set(String(record['id']), record);
  return byId;
}

const metaFieldOrder = Object.keys(planMetaSchema.shape);
const collectionFieldOrder = new Map<CollectionName, readonly string[]>(
  collectionNames.map((name) => [name, Object.keys(collectionSchemas[name].shape)]),
);

/**
 * Merges two copies of a plan. The result does not depend on which copy is `a` (commutative), how three copies
 * are grouped (associative) or whether a copy meets itself again (idempotent); it comes back normalised, with
 * records sorted by id and conflicts by key. Per field the later stamp wins; a deletion beats every edit, as
 * ids are never reused.
 */
export function mergeDocuments(a: PlanDocument, b: PlanDocument): MergeResult {
  const versionVector = mergeVersionVectors(a.sync.versionVector, b.sync.versionVector);
  const tombstones = mergeTombstones(a.sync.tombstones, b.sync.tombstones);
  const conflictsA = indexConflicts(a.sync.conflicts);
  const conflictsB = indexConflicts(b.sync.conflicts);
  const stamps: Stamps = {};
  const conflicts: Conflict[] = [];
  const visited = new Set<string>();

  const mergeOne = (
    collection: StampedCollection,
    id: string,
    recordA: FieldValues | undefined,
    recordB: FieldValues | undefined,
    fieldOrder: readonly string[],
  ): FieldValues | undefined => {
    visited.add(recordKey(collection, id));
    const merged = mergeRecord(
      collection,
      id,
      sideOf(a, conflictsA, collection, id, recordA),
      sideOf(b, conflictsB, collection, id, recordB),
      fieldOrder,
    );
    if (Object.keys(merged.stamps).length > 0) (stamps[collection] ??= {})[id] = merged.stamps;
    conflicts.push(...merged.conflicts);
    return merged.record;
  };

  // Both copies always hold a meta record; merging it cannot make it disappear.
  const meta = mergeOne('meta', META_RECORD_ID, a.content.meta, b.content.meta, metaFieldOrder) as PlanMeta;
  const content: PlanContent = { ...a.content, meta };

  for (const collection of collectionNames) {
    const deleted = tombstones[collection] ?? {};
    const inA = recordsById(a.content[collection] as readonly FieldValues[]);
    const inB = recordsById(b.content[collection] as readonly FieldValues[]);
    const ids = [...new Set([...inA.keys(), ...inB.keys()])]
      .filter((id) => deleted[id] === undefined)
      .sort(compareKeys);
    const fieldOrder = collectionFieldOrder.get(collection) ?? [];
    const records: FieldValues[] = [];
    for (const id of ids) {
      const record = mergeOne(collection, id, inA.get(id), inB.get(id), fieldOrder);
      if (record !== undefined) records.push(record);
    }
    // Field-wise merging of valid records of one schema gives a valid record: the schemas have no rules
    // across fields.
    (content as Record<string, unknown>)[collection] = records;
  }

  // Conflicts about records neither copy holds (left over in a damaged or hand-made file) follow the same
  // rules, unless the record was deleted.
  for (const index of [conflictsA, conflictsB]) {
    for (const byField of index.values()) {
      const first = byField.values().next().value?.values().next().value;
      if (first === undefined) continue;
      const { collection, recordId } = first;
      if (visited.has(recordKey(collection, recordId))) continue;
      if (collection !== 'meta' && tombstones[collection]?.[recordId] !== undefined) continue;
      mergeOne(collection, recordId, undefined, undefined, []);
    }
  }

  conflicts.sort((left, right) => compareKeys(conflictKey(left), conflictKey(right)));
  const known = new Set([...a.sync.conflicts, ...b.sync.conflicts].map(conflictKey));
  const newConflicts = conflicts.filter((conflict) => !known.has(conflictKey(conflict)));
  return {
    document: { content, sync: { stamps, tombstones, versionVector, conflicts } },
    newConflicts,
  };
}
