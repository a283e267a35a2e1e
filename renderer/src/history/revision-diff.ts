import { sameRecord } from '../../../shared/plan/record-diff.js';
import { collectionNames, type CollectionName, type PlanContent } from '../../../shared/plan/plan.js';

export interface CollectionDiff {
  readonly collection: CollectionName;
  readonly added: number;
  readonly removed: number;
  readonly changed: number;
}

/** How a past revision differs from the current plan, per collection: what restoring it would undo. */
export function diffRevisions(past: PlanContent, current: PlanContent): { collections: CollectionDiff[]; metaChanged: boolean } {
  const collections: CollectionDiff[] = [];
  for (const collection of collectionNames) {
    const before = new Map<string, object>(past[collection].map((record) => [record.id, record]));
    const after = new Map<string, object>(current[collection].map((record) => [record.id, record]));
    let added = 0;
    let removed = 0;
    let changed = 0;
    for (const [id, record] of after) {
      const old = before.get(id);
      if (old === undefined) added += 1;
      else if (!sameRecord(old, record)) changed += 1;
    }
    for (const id of before.keys()) if (!after.has(id)) removed += 1;
    if (added + removed + changed > 0) collections.push({ collection, added, removed, changed });
  }
  return { collections, metaChanged: !sameRecord(past.meta, current.meta) };
}
