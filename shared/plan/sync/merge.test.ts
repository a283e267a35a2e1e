import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planDocumentSchema, type Conflict, type PlanDocument } from '../plan.js';
import { conflictKey } from './conflict-key.js';
import { nodeOfHlc } from './hlc.js';
import { mergeDocuments } from './merge.js';
import { historyArbitrary, playHistory, tryApply, type Replica } from './test-support/random-history.js';
import { canonicalDocument } from './test-support/sync-test-kit.js';

const RUNS = { numRuns: 1000 };

function merge(a: PlanDocument, b: PlanDocument): PlanDocument {
  return mergeDocuments(a, b).document;
}

function replicasOf(replicas: readonly Replica[]): [PlanDocument, PlanDocument, PlanDocument] {
  const [a, b, c] = replicas.map((replica) => replica.doc);
  if (a === undefined || b === undefined) throw new Error('a history has at least two replicas');
  return [a, b, c ?? a];
}

function keysOf(conflicts: readonly Conflict[]): string[] {
  return conflicts.map(conflictKey).sort();
}

function personById(doc: PlanDocument, id: string): Record<string, unknown> | undefined {
  return doc.content.people.find((person) => person.id === id);
}

describe('merge laws over random histories', () => {
  it('is commutative: merge(a, b) equals merge(b, a), new conflicts included', () => {
    fc.assert(
      fc.property(historyArbitrary(2), (plan) => {
        const [a, b] = replicasOf(playHistory(plan).replicas);
        const ab = mergeDocuments(a, b);
        const ba = mergeDocuments(b, a);
        expect(canonicalDocument(ab.document)).toBe(canonicalDocument(ba.document));
        expect(keysOf(ab.newConflicts)).toEqual(keysOf(ba.newConflicts));
      }),
      RUNS,
    );
  });

  it('is associative: merge(merge(a, b), c) equals merge(a, merge(b, c))', () => {
    fc.assert(
      fc.property(historyArbitrary(3), (plan) => {
        const [a, b, c] = replicasOf(playHistory(plan).replicas);
        expect(canonicalDocument(merge(merge(a, b), c))).toBe(canonicalDocument(merge(a, merge(b, c))));
      }),
      RUNS,
    );
  });

  it('is idempotent: merge(a, a) equals a, and merging b again changes nothing', () => {
    fc.assert(
      fc.property(historyArbitrary(2), (plan) => {
        const [a, b] = replicasOf(playHistory(plan).replicas);
        expect(canonicalDocument(merge(a, a))).toBe(canonicalDocument(a));
        const ab = merge(a, b);
        expect(canonicalDocument(merge(ab, b))).toBe(canonicalDocument(ab));
        expect(canonicalDocument(merge(ab, a))).toBe(canonicalDocument(ab));
      }),
      RUNS,
    );
  });

  it('converges: every order of merging three copies gives the same, valid plan', () => {
    const orders = [
      [0, 1, 2],
      [0, 2, 1],
      [1, 0, 2],
      [1, 2, 0],
      [2, 0, 1],
      [2, 1, 0],
    ] as const;
    fc.assert(
      fc.property(historyArbitrary(3), fc.constantFrom(...orders), (plan, [first, second, third]) => {
        const docs = replicasOf(playHistory(plan).replicas);
        const reference = merge(merge(docs[0], docs[1]), docs[2]);
        const reordered = merge(merge(docs[first], docs[second]), docs[third]);
        expect(canonicalDocument(reordered)).toBe(canonicalDocument(reference));
        expect(planDocumentSchema.safeParse(reference).success).toBe(true);
      }),
      RUNS,
    );
  });

  it('never brings back a deleted record, whatever the order of merges', () => {
    fc.assert(
      fc.property(historyArbitrary(3), (plan) => {
        const docs = replicasOf(playHistory(plan).replicas);
        const merged = merge(merge(docs[2], docs[0]), docs[1]);
        for (const doc of docs) {
          for (const [collection, deleted] of Object.entries(doc.sync.tombstones)) {
            for (const id of Object.keys(deleted)) {
              const records = merged.content[collection as keyof typeof doc.sync.tombstones] ?? [];
              expect(records.some((record) => record.id === id)).toBe(false);
              expect(merged.sync.stamps[collection as keyof typeof doc.sync.tombstones]?.[id]).toBeUndefined();
              expect(merged.sync.conflicts.some((conflict) => conflict.recordId === id)).toBe(false);
            }
          }
        }
      }),
      RUNS,
    );
  });
});

describe('merge rules over random histories', () => {
  /** Two copies that know the same plan: the shared past the concurrent edits below start from. */
  const forkedAfter = historyArbitrary(2).map((plan) => {
    const history = playHistory(plan);
    const [a, b] = history.replicas;
    if (a === undefined || b === undefined) throw new Error('two replicas');
    a.doc = merge(a.doc, b.doc);
    b.doc = a.doc;
    return history;
  });
  const livePerson = (doc: PlanDocument): string | undefined => doc.content.people[0]?.id;

  it('keeps concurrent edits of different fields of one record', () => {
    fc.assert(
      fc.property(forkedAfter, fc.nat(5), (history, advance) => {
        const [a, b] = history.replicas as [Replica, Replica];
        const id = livePerson(a.doc);
        if (id === undefined) return;
        tryApply(a, [{ op: 'update', collection: 'people', id, set: { jobTitle: 'Teamleider ICT' } }]);
        history.time.advance(advance);
        tryApply(b, [{ op: 'update', collection: 'people', id, set: { department: 'Publiekszaken' } }]);
        const merged = mergeDocuments(a.doc, b.doc);
        expect(personById(merged.document, id)).toMatchObject({
          jobTitle: 'Teamleider ICT',
          department: 'Publiekszaken',
        });
        expect(merged.newConflicts).toEqual([]);
      }),
      RUNS,
    );
  });

  it('lets the later stamp win concurrent edits of one field and keeps the loser as a conflict', () => {
    fc.assert(
      fc.property(forkedAfter, fc.integer({ min: -2, max: 2 }), (history, advance) => {
        const [a, b] = history.replicas as [Replica, Replica];
        const id = livePerson(a.doc);
        if (id === undefined) return;
        tryApply(a, [{ op: 'update', collection: 'people', id, set: { emails: [{ address: 'a@voorbeeldstad.nl', kind: 'work' }] } }]);
        history.time.advance(Math.max(0, advance));
        tryApply(b, [{ op: 'update', collection: 'people', id, set: { emails: [{ address: 'b@voorbeeldstad.nl', kind: 'work' }] } }]);
        const stampA = a.doc.sync.stamps.people?.[id]?.['emails'] ?? '';
        const stampB = b.doc.sync.stamps.people?.[id]?.['emails'] ?? '';
        const [winner, loser, loserStamp] =
          stampA > stampB ? ['a', 'b', stampB] : ['b', 'a', stampA];
        const merged = mergeDocuments(a.doc, b.doc);
        expect(personById(merged.document, id)?.['emails']).toEqual([{ address: `${winner}@voorbeeldstad.nl`, kind: 'work' }]);
        expect(merged.newConflicts).toEqual([
          { collection: 'people', recordId: id, field: 'emails', stamp: loserStamp, value: [{ address: `${loser}@voorbeeldstad.nl`, kind: 'work' }] },
        ]);
        expect(nodeOfHlc(loserStamp)).toBe(loser === 'a' ? a.node : b.node);
      }),
      RUNS,
    );
  });

  it('does not call a later edit a conflict: B takes in A, then edits the same field', () => {
    fc.assert(
      fc.property(forkedAfter, fc.nat(3), (history, advance) => {
        const [a, b] = history.replicas as [Replica, Replica];
        const id = livePerson(a.doc);
        if (id === undefined) return;
        tryApply(a, [{ op: 'update', collection: 'people', id, set: { emails: [{ address: 'a@voorbeeldstad.nl', kind: 'work' }] } }]);
        b.doc = merge(b.doc, a.doc);
        history.time.advance(advance);
        tryApply(b, [{ op: 'update', collection: 'people', id, set: { emails: [{ address: 'b@voorbeeldstad.nl', kind: 'work' }] } }]);
        const merged = mergeDocuments(a.doc, b.doc);
        expect(personById(merged.document, id)?.['emails']).toEqual([{ address: 'b@voorbeeldstad.nl', kind: 'work' }]);
        expect(merged.newConflicts).toEqual([]);
        // Records the random history made carry an empty address list from the start; only a conflict about the
        // addresses written here would be about these two edits.
        const aboutTheseEdits = (conflict: { recordId: string; field: string; value?: unknown }) =>
          conflict.recordId === id && conflict.field === 'emails' && JSON.stringify(conflict.value ?? null).includes('@voorbeeldstad.nl');
        expect(merged.document.sync.conflicts.filter(aboutTheseEdits)).toEqual([]);
      }),
      RUNS,
    );
  });
});
