import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import canonicalize from 'canonicalize';
import type { PlanContent, PlanDocument } from '../plan.js';
import { normalizeContent } from './canonical-order.js';
import { applyChanges } from './changes.js';
import { diffContent } from './diff.js';
import { changeArbitrary, playHistory, historyArbitrary, tryApply } from './test-support/random-history.js';
import { ManualTime, NODE_A, NODE_B, NODE_C, clockAt } from './test-support/sync-test-kit.js';

function sameContent(a: PlanContent, b: PlanContent): boolean {
  return canonicalize(normalizeContent(a)) === canonicalize(normalizeContent(b));
}

/** Two plans that share a history: the second is the first edited by some more random changes. */
const currentAndIncoming = fc.tuple(historyArbitrary(2), fc.array(changeArbitrary, { maxLength: 8 })).map(([plan, edits]) => {
  const history = playHistory(plan);
  const [current] = history.replicas;
  if (current === undefined) throw new Error('a replica');
  const incoming = { node: NODE_B, clock: clockAt(NODE_B, history.time, 1), doc: current.doc };
  for (const edit of edits) tryApply(incoming, [edit]);
  return { current: current.doc, incoming: incoming.doc.content, time: history.time };
});

describe('diffContent', () => {
  it('turns current into incoming when applied, up to record order (property)', () => {
    fc.assert(
      fc.property(currentAndIncoming, ({ current, incoming, time }) => {
        const changes = diffContent(current.content, incoming);
        const applied = applyChanges(current, changes, clockAt(NODE_A, time));
        expect(sameContent(applied.content, incoming)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves the stamps of unchanged fields as they were (property)', () => {
    fc.assert(
      fc.property(currentAndIncoming, ({ current, incoming, time }) => {
        const applied = applyChanges(current, diffContent(current.content, incoming), clockAt(NODE_C, time));
        const isNew = (stamp: string | undefined): boolean => stamp?.endsWith(NODE_C) === true;
        for (const person of incoming.people) {
          const before = current.content.people.find((candidate) => candidate.id === person.id);
          if (before === undefined) continue;
          for (const field of Object.keys(current.sync.stamps.people?.[person.id] ?? {})) {
            const unchanged = canonicalize((before as Record<string, unknown>)[field]) === canonicalize((person as Record<string, unknown>)[field]);
            const stamp = applied.sync.stamps.people?.[person.id]?.[field];
            expect(isNew(stamp)).toBe(!unchanged);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('gives no changes for the same plan, and names only the fields that differ', () => {
    const time = new ManualTime();
    const doc: PlanDocument = playHistory({ replicaCount: 2, skewsMs: [0, 0, 0], steps: [] }).base;
    expect(diffContent(doc.content, doc.content)).toEqual([]);
    const incoming: PlanContent = {
      ...doc.content,
      meta: { ...doc.content.meta, versionLabel: undefined, title: 'Nieuw plan' },
      people: doc.content.people
        .filter((person) => person.id !== 'p-bram')
        .map((person) => (person.id === 'p-anna' ? { ...person, emails: [{ address: 'anna@voorbeeldstad.nl', kind: 'work' as const }] } : person)),
      locations: [{ id: 'loc-stadhuis', name: 'Stadhuis', kind: 'town-hall', facilities: [] }],
    };
    delete incoming.meta.versionLabel;
    expect(diffContent(doc.content, incoming)).toEqual([
      { op: 'updateMeta', set: { title: 'Nieuw plan' }, unset: ['versionLabel'] },
      { op: 'delete', collection: 'people', id: 'p-bram' },
      { op: 'update', collection: 'people', id: 'p-anna', set: { emails: [{ address: 'anna@voorbeeldstad.nl', kind: 'work' }] } },
      { op: 'create', collection: 'locations', record: incoming.locations[0] },
    ]);
    expect(sameContent(applyChanges(doc, diffContent(doc.content, incoming), clockAt(NODE_A, time)).content, incoming)).toBe(true);
  });
});
