import { collectionNames, type CollectionName, type PlanContent } from '../plan.js';
import { healthGap, type HealthGap } from './health-codes.js';
import { collectReferences } from './references.js';

/**
 * A reference to a record that is not in the plan (never was, or was deleted) prints as a blank on the
 * contact sheet and drops out of the impact analysis without a word; so it is reported, once per id and field.
 */
export function checkDanglingReferences(content: PlanContent): HealthGap[] {
  const liveIds = new Map<CollectionName, Set<string>>(
    collectionNames.map((name) => [name, new Set(content[name].map((record) => record.id))]),
  );
  const reported = new Set<string>();
  const gaps: HealthGap[] = [];
  for (const reference of collectReferences(content)) {
    if (liveIds.get(reference.target)?.has(reference.id)) continue;
    const key = JSON.stringify([reference.collection, reference.recordId, reference.field, reference.id]);
    if (reported.has(key)) continue;
    reported.add(key);
    gaps.push(
      healthGap('danglingReference', reference.collection, reference.recordId, {
        record: reference.recordName,
        field: reference.field,
        missingId: reference.id,
      }),
    );
  }
  return gaps;
}
