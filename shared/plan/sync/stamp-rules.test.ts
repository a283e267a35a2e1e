import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../plan.js';
import { MAX_PLAUSIBLE_SKEW_MS } from './hlc.js';
import { findImplausibleStamp, readableDay } from './stamp-rules.js';
import { historyArbitrary, playHistory } from './test-support/random-history.js';

const YEAR_MS = 365 * 24 * 3600 * 1000;

function withSync(doc: PlanDocument, change: (sync: PlanDocument['sync']) => void): PlanDocument {
  const copy = structuredClone(doc);
  change(copy.sync);
  return copy;
}

describe('the rules every incoming stamp keeps', () => {
  it('hold for every copy an honest history makes, edits, merges and conflict decisions included', () => {
    fc.assert(
      fc.property(historyArbitrary(3), (plan) => {
        const { replicas, time } = playHistory(plan);
        for (const replica of replicas) expect(findImplausibleStamp(replica.doc, time.ms)).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  });

  it('find a field, a deletion or a conflict far ahead, and a stamp its own device never made', () => {
    const { replicas, time } = playHistory({ replicaCount: 2, skewsMs: [0, 0, 0], steps: [] });
    const doc = replicas[0]?.doc;
    if (doc === undefined) throw new Error('no replica');
    const [node = '', latest = ''] = Object.entries(doc.sync.versionVector)[0] ?? [];
    const at = (ms: number, stampNode = node): string => `${String(ms).padStart(15, '0')}-0000-${stampNode}`;
    const ahead = at(time.ms + MAX_PLAUSIBLE_SKEW_MS + 60_000);
    const meta = (sync: PlanDocument['sync'], stamp: string) => ((sync.stamps.meta ??= {})['plan'] = { title: stamp });

    expect(findImplausibleStamp(withSync(doc, (sync) => meta(sync, ahead)), time.ms)).toMatchObject({ problem: 'future', place: 'meta/plan.title' });
    expect(findImplausibleStamp(withSync(doc, (sync) => (sync.tombstones = { people: { 'p-x': ahead } })), time.ms)).toMatchObject({
      problem: 'future',
      place: 'tombstones.people/p-x',
    });
    const conflict = { collection: 'meta' as const, recordId: 'plan', field: 'title', value: 'x', stamp: ahead };
    expect(findImplausibleStamp(withSync(doc, (sync) => (sync.conflicts = [conflict])), time.ms)).toMatchObject({ problem: 'future' });
    const later = at(Number(latest.slice(0, 15)) + 1);
    expect(findImplausibleStamp(withSync(doc, (sync) => meta(sync, later)), time.ms)).toMatchObject({ problem: 'unseen' });
    expect(findImplausibleStamp(withSync(doc, (sync) => meta(sync, at(time.ms - 1, 'ffffffffffffffff'))), time.ms)).toMatchObject({ problem: 'unseen' });
    // Within the year, a stamp the vector knows is fine: clocks differ by minutes or hours in real life.
    const soon = at(time.ms + YEAR_MS / 2);
    expect(findImplausibleStamp(withSync(doc, (sync) => ((sync.versionVector[node] = soon), meta(sync, soon))), time.ms)).toBeUndefined();
  });

  it('print any date readably, whatever its year', () => {
    expect(readableDay(999_999_999_999_999)).toBe('33658-09-27');
    expect(readableDay(Date.UTC(2031, 4, 1))).toBe('2031-05-01');
    expect(readableDay(Date.UTC(10_000, 0, 1))).toBe('10000-01-01');
  });
});
