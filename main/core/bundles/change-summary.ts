import {
  collectionNames,
  type PlanContent,
  type StampedCollection,
} from '../../../shared/plan/plan.js';

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

/** The name a person reads for a record: its name or title, else its id. */
export function recordName(record: Fields | undefined, fallback: string): string {
  const candidate = record?.['name'] ?? record?.['title'];
  return typeof candidate === 'string' && candidate.trim() !== '' ? candidate : fallback;
}

/** Structural equality of JSON values; key order does not matter. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => sameJson(item, b[index]));
  }
  const left = a as Fields;
  const right = b as Fields;
  const keys = Object.keys(left).filter((key) => left[key] !== undefined);
  if (keys.length !== Object.keys(right).filter((key) => right[key] !== undefined).length) return false;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(right, key) && sameJson(left[key], right[key]));
}

function changedFields(before: Fields, after: Fields): string[] {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...fields].filter((field) => field !== 'id' && !sameJson(before[field], after[field])).sort();
}

function summarise(collection: StampedCollection, before: readonly Fields[], after: readonly Fields[]): CollectionChanges {
  const beforeById = new Map(before.map((record) => [String(record['id']), record]));
  const afterById = new Map(after.map((record) => [String(record['id']), record]));
  const added: RecordRef[] = [];
  const changed: (RecordRef & { fields: string[] })[] = [];
  const deleted: RecordRef[] = [];
  for (const [id, record] of afterById) {
    const previous = beforeById.get(id);
    if (previous === undefined) {
      added.push({ id, name: recordName(record, id) });
      continue;
    }
    const fields = changedFields(previous, record);
    if (fields.length > 0) changed.push({ id, name: recordName(record, id), fields });
  }
  for (const [id, record] of beforeById) {
    if (!afterById.has(id)) deleted.push({ id, name: recordName(record, id) });
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
  const summaries = [
    summarise('meta', [{ ...before.meta, id: 'plan' }], [{ ...after.meta, id: 'plan' }]),
    ...collectionNames.map((collection) =>
      summarise(collection, before[collection] as readonly Fields[], after[collection] as readonly Fields[]),
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
