import { describe, expect, it } from 'vitest';
import { DraaiboekError } from '../../errors.js';
import type { PlanDocument } from '../plan.js';
import { applyChanges, stampNewDocument } from './changes.js';
import { conflictKey } from './conflict-key.js';
import { mergeDocuments } from './merge.js';
import { resolveConflict } from './resolve-conflict.js';
import { BASE_NODE, ManualTime, NODE_A, NODE_B, clockAt, smallPlan } from './test-support/sync-test-kit.js';

/** Anna's copy and Bram's copy both set the plan's version label; Bram's edit is the later one. */
function conflicted(): { doc: PlanDocument; other: PlanDocument; time: ManualTime; key: string } {
  const time = new ManualTime();
  const base = stampNewDocument(smallPlan(), clockAt(BASE_NODE, time));
  time.advance(100);
  const annas = applyChanges(base, [{ op: 'updateMeta', set: { versionLabel: '1.1' } }], clockAt(NODE_A, time));
  time.advance(100);
  const brams = applyChanges(base, [{ op: 'updateMeta', set: { versionLabel: '2.0' } }], clockAt(NODE_B, time));
  const merged = mergeDocuments(annas, brams);
  const conflict = merged.newConflicts[0];
  if (conflict === undefined) throw new Error('expected a conflict');
  return { doc: merged.document, other: brams, time, key: conflictKey(conflict) };
}

/** Anna and Bram each add a different number to Anna's phones; Bram's edit is the later one. */
function phonesConflicted(): { doc: PlanDocument; other: PlanDocument; time: ManualTime; key: string } {
  const time = new ManualTime();
  const base = stampNewDocument(smallPlan(), clockAt(BASE_NODE, time));
  const phones = base.content.people.find((person) => person.id === 'p-anna')?.phones ?? [];
  time.advance(100);
  const annas = applyChanges(base, [{ op: 'update', collection: 'people', id: 'p-anna', set: { phones: [...phones, { number: '+31612345679', kind: 'work' }] } }], clockAt(NODE_A, time));
  time.advance(100);
  const brams = applyChanges(base, [{ op: 'update', collection: 'people', id: 'p-anna', set: { phones: [...phones, { number: '+31201234568', kind: 'work' }] } }], clockAt(NODE_B, time));
  const merged = mergeDocuments(annas, brams);
  const conflict = merged.newConflicts[0];
  if (conflict === undefined) throw new Error('expected a conflict');
  return { doc: merged.document, other: brams, time, key: conflictKey(conflict) };
}

describe('resolveConflict', () => {
  it('keeps both sides of a list: the current items in order, then those only the other side had, once each', () => {
    const { doc, other, time, key } = phonesConflicted();
    time.advance(100);
    const resolved = resolveConflict(doc, key, { keep: 'both' }, clockAt(NODE_A, time));
    const numbers = resolved.content.people.find((person) => person.id === 'p-anna')?.phones.map((phone) => phone.number);
    expect(numbers).toEqual(['+31612345678', '+31201234568', '+31612345679']);
    expect(resolved.sync.conflicts[0]?.resolvedAt).toBeDefined();
    const onBramsLaptop = mergeDocuments(other, resolved);
    expect(onBramsLaptop.document.content.people.find((person) => person.id === 'p-anna')?.phones).toHaveLength(3);
    expect(onBramsLaptop.newConflicts).toEqual([]);
  });

  it('refuses to keep both sides of a single value with CONFLICT_NOT_A_LIST and changes nothing', () => {
    const { doc, time, key } = conflicted();
    const before = JSON.stringify(doc);
    try {
      resolveConflict(doc, key, { keep: 'both' }, clockAt(NODE_A, time));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DraaiboekError);
      expect((error as DraaiboekError).code).toBe('CONFLICT_NOT_A_LIST');
      expect((error as DraaiboekError).params).toEqual({ field: 'versionLabel' });
    }
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('keeps the current value and marks the conflict resolved', () => {
    const { doc, time, key } = conflicted();
    const resolved = resolveConflict(doc, key, { keep: 'mine' }, clockAt(NODE_A, time));
    expect(resolved.content.meta.versionLabel).toBe('2.0');
    expect(resolved.sync.conflicts[0]?.resolvedAt?.endsWith(NODE_A)).toBe(true);
    expect(resolved.sync.versionVector[NODE_A]).toBe(resolved.sync.conflicts[0]?.resolvedAt);
  });

  it('takes the losing value as a new edit that wins on every copy', () => {
    const { doc, other, time, key } = conflicted();
    time.advance(100);
    const resolved = resolveConflict(doc, key, { take: 'theirs' }, clockAt(NODE_A, time));
    expect(resolved.content.meta.versionLabel).toBe('1.1');
    const onBramsLaptop = mergeDocuments(other, resolved);
    expect(onBramsLaptop.document.content.meta.versionLabel).toBe('1.1');
    expect(onBramsLaptop.newConflicts).toEqual([]);
    expect(onBramsLaptop.document.sync.conflicts.every((conflict) => conflict.resolvedAt !== undefined)).toBe(true);
  });

  it('writes a value of the user’s own, checked by the schema', () => {
    const { doc, time, key } = conflicted();
    const resolved = resolveConflict(doc, key, { value: '2.1' }, clockAt(NODE_A, time));
    expect(resolved.content.meta.versionLabel).toBe('2.1');
    expect(() => resolveConflict(doc, key, { value: 42 }, clockAt(NODE_A, time))).toThrow(DraaiboekError);
  });

  it('says CONFLICT_NOT_FOUND for a key it does not know', () => {
    const { doc, time } = conflicted();
    try {
      resolveConflict(doc, 'meta/plan/title/nothing', { keep: 'mine' }, clockAt(NODE_A, time));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DraaiboekError);
      expect((error as DraaiboekError).code).toBe('CONFLICT_NOT_FOUND');
    }
  });
});
