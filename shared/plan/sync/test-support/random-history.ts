import fc from 'fast-check';
import { isDraaiboekError } from '../../../errors.js';
import type { PlanDocument } from '../../plan.js';
import { applyChanges, stampNewDocument, type Change } from '../changes.js';
import type { Clock } from '../hlc.js';
import { mergeDocuments } from '../merge.js';
import { conflictKey } from '../conflict-key.js';
import { resolveConflict, type ConflictChoice } from '../resolve-conflict.js';
import { BASE_NODE, ManualTime, NODE_A, NODE_B, NODE_C, clockAt, smallPlan } from './sync-test-kit.js';

/*
 * Random histories for the property tests of this folder (not used by the product): a few replicas start from
 * one stamped plan, edit it with changes drawn from small pools of ids and values so that edits collide often,
 * and now and then take in another replica's copy.
 */

const personIds = ['p-anna', 'p-bram', 'p-cees'] as const;
/** Most edits go to one person, so that copies often edit the same field. */
const editedPersonIds = ['p-anna', 'p-anna', 'p-anna', 'p-bram', 'p-cees'] as const;
const roleIds = ['rol-burgemeester', 'rol-secretaris'] as const;
const names = ['Anna de Vries', 'Anna Bakker', 'Bram Jansen', 'Cees Smit'] as const;
const jobTitles = ['Gemeentesecretaris', 'Burgemeester', 'Communicatieadviseur'] as const;
const phoneNumbers = ['+31612345678', '+31687654321', '+31201234567'] as const;

const phonesArbitrary = fc.array(
  fc.record({ number: fc.constantFrom(...phoneNumbers), kind: fc.constantFrom('mobile', 'work') }),
  { maxLength: 2 },
);

const personUpdate: fc.Arbitrary<Change> = fc.record({
  op: fc.constant('update' as const),
  collection: fc.constant('people' as const),
  id: fc.constantFrom(...editedPersonIds),
  set: fc.oneof(
    fc.record({ name: fc.constantFrom(...names) }),
    fc.record({ jobTitle: fc.constantFrom(...jobTitles) }),
    fc.record({ phones: phonesArbitrary }),
    fc.record({ name: fc.constantFrom(...names), phones: phonesArbitrary }),
  ),
});

const personClear: fc.Arbitrary<Change> = fc.record({
  op: fc.constant('update' as const),
  collection: fc.constant('people' as const),
  id: fc.constantFrom(...editedPersonIds),
  set: fc.constant({}),
  unset: fc.constant<string[]>(['jobTitle']),
});

const personCreate: fc.Arbitrary<Change> = fc.record({
  op: fc.constant('create' as const),
  collection: fc.constant('people' as const),
  record: fc.record({ id: fc.constantFrom(...personIds), name: fc.constantFrom(...names) }),
});

const personDelete: fc.Arbitrary<Change> = fc.record({
  op: fc.constant('delete' as const),
  collection: fc.constant('people' as const),
  id: fc.constantFrom(...personIds),
});

const roleUpdate: fc.Arbitrary<Change> = fc.record({
  op: fc.constant('update' as const),
  collection: fc.constant('roles' as const),
  id: fc.constantFrom(...roleIds),
  set: fc.oneof(fc.record({ team: fc.constantFrom('GBT', 'crisisteam') }), fc.record({ mayActivate: fc.boolean() })),
});

const roleCreate: fc.Arbitrary<Change> = fc.record({
  op: fc.constant('create' as const),
  collection: fc.constant('roles' as const),
  record: fc.record({ id: fc.constantFrom(...roleIds), name: fc.constantFrom('Secretaris', 'Burgemeester') }),
});

const roleDelete: fc.Arbitrary<Change> = fc.record({
  op: fc.constant('delete' as const),
  collection: fc.constant('roles' as const),
  id: fc.constantFrom(...roleIds),
});

const metaUpdate: fc.Arbitrary<Change> = fc.record({
  op: fc.constant('updateMeta' as const),
  set: fc.record({ versionLabel: fc.constantFrom('1.0', '1.1', '2.0') }),
});

const metaClear: fc.Arbitrary<Change> = fc.record({
  op: fc.constant('updateMeta' as const),
  set: fc.constant({}),
  unset: fc.constant<string[]>(['versionLabel']),
});

/** Mostly edits, some creates and clears, few deletes: a deletion ends every conflict about its record. */
export const changeArbitrary: fc.Arbitrary<Change> = fc.oneof(
  { weight: 12, arbitrary: personUpdate },
  { weight: 2, arbitrary: personClear },
  { weight: 2, arbitrary: personCreate },
  { weight: 1, arbitrary: personDelete },
  { weight: 4, arbitrary: roleUpdate },
  { weight: 1, arbitrary: roleCreate },
  { weight: 1, arbitrary: roleDelete },
  { weight: 2, arbitrary: metaUpdate },
  { weight: 1, arbitrary: metaClear },
);

export type HistoryStep =
  | { readonly kind: 'edit'; readonly replica: number; readonly changes: Change[]; readonly advanceMs: number }
  | { readonly kind: 'merge'; readonly into: number; readonly from: number; readonly advanceMs: number }
  | {
      readonly kind: 'resolve';
      readonly replica: number;
      readonly pick: number;
      readonly choice: 'mine' | 'theirs' | 'value';
      readonly advanceMs: number;
    };

const editStep = fc.record({
  kind: fc.constant('edit' as const),
  replica: fc.nat(2),
  changes: fc.array(changeArbitrary, { minLength: 1, maxLength: 2 }),
  advanceMs: fc.nat(3),
});
const mergeStep = fc.record({
  kind: fc.constant('merge' as const),
  into: fc.nat(2),
  from: fc.nat(2),
  advanceMs: fc.nat(3),
});

const resolveStep = fc.record({
  kind: fc.constant('resolve' as const),
  replica: fc.nat(2),
  pick: fc.nat(5),
  choice: fc.constantFrom('mine' as const, 'theirs' as const, 'value' as const),
  advanceMs: fc.nat(3),
});

export interface HistoryPlan {
  readonly replicaCount: number;
  /** Each replica's wall clock runs this far off, so stamps of different devices interleave and tie. */
  readonly skewsMs: readonly number[];
  readonly steps: readonly HistoryStep[];
}

export const historyArbitrary = (replicaCount: 2 | 3): fc.Arbitrary<HistoryPlan> =>
  fc.record({
    replicaCount: fc.constant(replicaCount),
    skewsMs: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 3, maxLength: 3 }),
    steps: fc.array(
      fc.oneof(
        { weight: 6, arbitrary: editStep },
        { weight: 3, arbitrary: mergeStep },
        { weight: 1, arbitrary: resolveStep },
      ),
      { minLength: 6, maxLength: 18 },
    ),
  });

export interface Replica {
  readonly node: string;
  readonly clock: Clock;
  doc: PlanDocument;
}

export interface PlayedHistory {
  readonly base: PlanDocument;
  readonly replicas: Replica[];
  readonly time: ManualTime;
}

const replicaNodes = [NODE_A, NODE_B, NODE_C] as const;

/** Edits that do not apply (a record already deleted, say) are skipped, as the app would refuse them. */
export function tryApply(replica: Replica, changes: readonly Change[]): void {
  try {
    replica.doc = applyChanges(replica.doc, changes, replica.clock);
  } catch (error) {
    if (!isDraaiboekError(error)) throw error;
  }
}

function resolveSome(replica: Replica, pick: number, choice: 'mine' | 'theirs' | 'value'): void {
  const conflicts = replica.doc.sync.conflicts;
  const conflict = conflicts[pick % Math.max(1, conflicts.length)];
  if (conflict === undefined) return;
  // A value of the user's own must fit the field; the losing value itself always does.
  const decision: ConflictChoice =
    choice === 'mine' ? { keep: 'mine' } : choice === 'theirs' ? { take: 'theirs' } : { value: conflict.value };
  try {
    replica.doc = resolveConflict(replica.doc, conflictKey(conflict), decision, replica.clock);
  } catch (error) {
    if (!isDraaiboekError(error)) throw error;
  }
}

export function playHistory(plan: HistoryPlan): PlayedHistory {
  const time = new ManualTime();
  const base = stampNewDocument(smallPlan(), clockAt(BASE_NODE, time));
  const replicas: Replica[] = replicaNodes.slice(0, plan.replicaCount).map((node, index) => ({
    node,
    clock: clockAt(node, time, plan.skewsMs[index] ?? 0),
    doc: base,
  }));
  for (const step of plan.steps) {
    time.advance(step.advanceMs);
    if (step.kind === 'edit') {
      const replica = replicas[step.replica % replicas.length];
      if (replica !== undefined) tryApply(replica, step.changes);
    } else if (step.kind === 'resolve') {
      const replica = replicas[step.replica % replicas.length];
      if (replica !== undefined) resolveSome(replica, step.pick, step.choice);
    } else {
      const into = replicas[step.into % replicas.length];
      const from = replicas[step.from % replicas.length];
      if (into !== undefined && from !== undefined) into.doc = mergeDocuments(into.doc, from.doc).document;
    }
  }
  return { base, replicas, time };
}
