import {
  collectionNames,
  META_RECORD_ID,
  type PlanContent,
  type StampedCollection,
} from './plan.js';
import { changedFields } from './record-diff.js';
import { recordNamer } from './record-names.js';

type RecordNamer = ReturnType<typeof recordNamer>;

/** How many record names a preview lists per kind of change; the counts are always complete. */
export const MAX_LISTED_RECORDS = 100;

export interface RecordRef {
  readonly id: string;
  readonly name: string;
}

export interface CollectionChanges {
  readonly collection: StampedCollection;
  readonly addedCount: number;
  readonly changedCount: number;
  readonly deletedCount: number;
  readonly added: RecordRef[];
  readonly changed: (RecordRef & { readonly fields: string[] })[];
  readonly deleted: RecordRef[];
}

export type ChangeSummary = CollectionChanges[];

type Fields = Readonly<Record<string, unknown>>;

function summarise(
  collection: StampedCollection,
  before: readonly Fields[],
  after: readonly Fields[],
  names: { readonly before: RecordNamer; readonly after: RecordNamer },
): CollectionChanges {
  const beforeById = new Map(before.map((record) => [String(record['id']), record]));
  const afterById = new Map(after.map((record) => [String(record['id']), record]));
  const added: RecordRef[] = [];
  const changed: (RecordRef & { fields: string[] })[] = [];
  const deleted: RecordRef[] = [];
  for (const [id, record] of afterById) {
    const previous = beforeById.get(id);
    if (previous === undefined) {
      added.push({ id, name: names.after(collection, record) });
      continue;
    }
    const fields = changedFields(previous, record);
    if (fields.length > 0) changed.push({ id, name: names.after(collection, record), fields });
  }
  for (const [id, record] of beforeById) {
    if (!afterById.has(id)) deleted.push({ id, name: names.before(collection, record) });
  }
  return {
    collection,
    addedCount: added.length,
    changedCount: changed.length,
    deletedCount: deleted.length,
    added: added.slice(0, MAX_LISTED_RECORDS),
    changed: changed.slice(0, MAX_LISTED_RECORDS),
    deleted: deleted.slice(0, MAX_LISTED_RECORDS),
  };
}

/** What turning `before` into `after` changes, per collection (the plan's own details as `meta`); only those that change. */
export function summariseChanges(before: PlanContent, after: PlanContent): ChangeSummary {
  const names = { before: recordNamer(before), after: recordNamer(after) };
  const summaries = [
    summarise('meta', [{ ...before.meta, id: META_RECORD_ID }], [{ ...after.meta, id: META_RECORD_ID }], names),
    ...collectionNames.map((collection) =>
      summarise(collection, before[collection] as readonly Fields[], after[collection] as readonly Fields[], names),
    ),
  ];
  return summaries.filter((summary) => summary.addedCount + summary.changedCount + summary.deletedCount > 0);
}

/** The totals of a summary, for the sync log. */
export function totalsOf(summary: ChangeSummary): { added: number; changed: number; deleted: number } {
  return summary.reduce(
    (totals, entry) => ({
      added: totals.added + entry.addedCount,
      changed: totals.changed + entry.changedCount,
      deleted: totals.deleted + entry.deletedCount,
    }),
    { added: 0, changed: 0, deleted: 0 },
  );
}
