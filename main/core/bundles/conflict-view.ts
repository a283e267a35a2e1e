import {
  META_RECORD_ID,
  type Conflict,
  type PlanContent,
  type StampedCollection,
  type Stamps,
} from '../../../shared/plan/plan.js';
import { conflictKey, nodeOfHlc } from '../../../shared/plan/sync/index.js';
import { recordNamer } from '../../../shared/plan/record-names.js';

/** A conflict as the review screen and the CLI show it: both values side by side, with the record's name. */
export interface ConflictView {
  readonly key: string;
  readonly collection: StampedCollection;
  readonly recordId: string;
  readonly recordName: string;
  readonly field: string;
  /** The value the plan has now (it won the merge); absent when the field is empty. */
  readonly currentValue?: unknown;
  /** The value that lost; absent when the losing edit cleared the field. */
  readonly otherValue?: unknown;
  /** The device (start of its key id) that made the losing edit, and when. */
  readonly otherDevice: string;
  readonly otherStamp: string;
  /** The device and stamp of the edit that gave the current value, when the plan records it. */
  readonly currentDevice?: string;
  readonly currentStamp?: string;
  readonly resolved: boolean;
}

function recordOf(content: PlanContent, collection: StampedCollection, id: string): Readonly<Record<string, unknown>> | undefined {
  if (collection === 'meta') return id === META_RECORD_ID ? content.meta : undefined;
  const records = content[collection] as readonly Readonly<Record<string, unknown>>[];
  return records.find((record) => record['id'] === id);
}

export function viewConflict(content: PlanContent, conflict: Conflict, stamps: Stamps = {}): ConflictView {
  const record = recordOf(content, conflict.collection, conflict.recordId);
  const current = record?.[conflict.field];
  const currentStamp = stamps[conflict.collection]?.[conflict.recordId]?.[conflict.field];
  return {
    key: conflictKey(conflict),
    collection: conflict.collection,
    recordId: conflict.recordId,
    recordName: record === undefined ? conflict.recordId : recordNamer(content)(conflict.collection, record),
    field: conflict.field,
    ...(current === undefined ? {} : { currentValue: current }),
    ...(conflict.value === undefined ? {} : { otherValue: conflict.value }),
    otherDevice: nodeOfHlc(conflict.stamp),
    otherStamp: conflict.stamp,
    ...(currentStamp === undefined ? {} : { currentDevice: nodeOfHlc(currentStamp), currentStamp }),
    resolved: conflict.resolvedAt !== undefined,
  };
}
