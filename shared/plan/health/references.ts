import type { CollectionName, PlanContent, StampedCollection } from '../plan.js';
import { recordsOf, referencedRecords, referenceFields } from '../reference-fields.js';
import { recordNamer } from '../record-names.js';
import { META_RECORD_ID } from '../plan.js';

/** One id that a record names: where it sits (`field`) and which collection it must exist in. */
export interface Reference {
  readonly collection: StampedCollection;
  readonly recordId: string;
  /** The name a coordinator knows the referring record by. */
  readonly recordName: string;
  /** The property path, e.g. `deputyPersonIds` or `steps.ownerRoleId`. */
  readonly field: string;
  readonly target: CollectionName;
  readonly id: string;
}

/** Every id the plan's records name, as the schema declares its reference fields (`ref`), record by record. */
export function collectReferences(content: PlanContent): Reference[] {
  const nameOf = recordNamer(content);
  const out: Reference[] = [];
  const collections = [...new Set(referenceFields.map((field) => field.collection))];
  for (const collection of collections) {
    const fields = referenceFields.filter((field) => field.collection === collection);
    for (const record of recordsOf(content, collection)) {
      const recordId = collection === 'meta' ? META_RECORD_ID : String((record as { id: unknown }).id);
      const recordName = nameOf(collection, record);
      for (const field of fields) {
        for (const { target, id } of referencedRecords(record, field)) {
          out.push({ collection, recordId, recordName, field: field.field, target, id });
        }
      }
    }
  }
  return out;
}
