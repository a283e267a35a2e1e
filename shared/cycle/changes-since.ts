import { z } from 'zod';
import { fieldValue } from '../plan/sync/json-value.js';
import { changedFields } from '../plan/record-diff.js';
import { recordNamer } from '../plan/record-names.js';
import { META_RECORD_ID, collectionNames, stampedCollections, type CollectionName, type PlanContent } from '../plan/plan.js';

/*
 * What changed between two versions of the plan, record by record and field by field: "changes since the
 * adopted revision". The approvals are left out: recording an approval is not a change to what was adopted.
 */

export const recordChangeKinds = ['added', 'removed', 'changed'] as const;

export const fieldChangeSchema = z.strictObject({
  field: z.string(),
  /** The value before and after; absent where the field was not set. */
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export const recordChangeSchema = z.strictObject({
  collection: z.enum(stampedCollections),
  recordId: z.string(),
  /** The record's name as the newer version has it (the older one, for a removed record). */
  name: z.string(),
  change: z.enum(recordChangeKinds),
  /** For `changed`: each field that differs. */
  fields: z.array(fieldChangeSchema),
});
export type RecordChange = z.infer<typeof recordChangeSchema>;

/** The collections whose changes count as changes to the plan's content. */
export const ADOPTED_COLLECTIONS: readonly CollectionName[] = collectionNames.filter((name) => name !== 'approvals');

function fieldChanges(before: object, after: object): FieldChange[] {
  return changedFields(before, after).map((field) => {
    const old = fieldValue(before, field);
    const now = fieldValue(after, field);
    return { field, ...(old === undefined ? {} : { before: old }), ...(now === undefined ? {} : { after: now }) };
  });
}

/** Every record added, removed or changed from `before` to `after`, in the plan's collection and record order. */
export function changesBetween(before: PlanContent, after: PlanContent): RecordChange[] {
  const changes: RecordChange[] = [];
  const nameAfter = recordNamer(after);
  const nameBefore = recordNamer(before);
  const meta = fieldChanges(before.meta, after.meta);
  if (meta.length > 0) {
    changes.push({ collection: 'meta', recordId: META_RECORD_ID, name: nameAfter('meta', after.meta), change: 'changed', fields: meta });
  }
  for (const collection of ADOPTED_COLLECTIONS) {
    const old = new Map<string, object>(before[collection].map((record) => [record.id, record]));
    const seen = new Set<string>();
    for (const record of after[collection]) {
      seen.add(record.id);
      const previous = old.get(record.id);
      const name = nameAfter(collection, record);
      if (previous === undefined) {
        changes.push({ collection, recordId: record.id, name, change: 'added', fields: [] });
        continue;
      }
      const fields = fieldChanges(previous, record);
      if (fields.length > 0) changes.push({ collection, recordId: record.id, name, change: 'changed', fields });
    }
    for (const record of before[collection]) {
      if (!seen.has(record.id)) {
        changes.push({ collection, recordId: record.id, name: nameBefore(collection, record), change: 'removed', fields: [] });
      }
    }
  }
  return changes;
}
