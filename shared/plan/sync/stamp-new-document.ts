import {
  META_RECORD_ID,
  collectionNames,
  planContentSchema,
  type PlanContentInput,
  type PlanDocument,
  type Stamps,
  type VersionVector,
} from '../plan.js';
import { duplicateRecordIdError } from '../unique-record-ids.js';
import { schemaInvalid } from './schema-error.js';
import { noteStamp, type SyncClock } from './sync-clock.js';

function stampAll(record: object, stamp: string): Record<string, string> {
  const stamps: Record<string, string> = {};
  for (const field of Object.keys(record)) if (field !== 'id') stamps[field] = stamp;
  return stamps;
}

/**
 * Turns plan content (a new plan, the sample plan, an imported plan, a test fixture) into a document whose every
 * field carries one stamp, the moment the plan came into being on this device.
 */
export function stampNewDocument(content: PlanContentInput, clock: SyncClock): PlanDocument {
  const parsed = planContentSchema.safeParse(content);
  if (!parsed.success) throw duplicateRecordIdError(parsed.error) ?? schemaInvalid(parsed.error);
  const valid = parsed.data;
  const stamp = clock.tick();
  const stamps: Stamps = { meta: { [META_RECORD_ID]: stampAll(valid.meta, stamp) } };
  for (const collection of collectionNames) {
    const collectionStamps: Record<string, Record<string, string>> = {};
    for (const record of valid[collection]) {
      collectionStamps[record.id] = stampAll(record, stamp);
    }
    if (valid[collection].length > 0) stamps[collection] = collectionStamps;
  }
  const versionVector: VersionVector = {};
  noteStamp(versionVector, stamp);
  return { content: valid, sync: { stamps, tombstones: {}, versionVector, conflicts: [] } };
}
