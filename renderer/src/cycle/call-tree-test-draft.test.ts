import { describe, expect, it } from 'vitest';
import { clearDraft, draftKey, readDraft, startDraft, withoutResult, withResult, writeDraft, type DraftStorage } from './call-tree-test-draft.js';

/** A Storage as the browser keeps it: strings by key, nothing else. */
function memoryStorage(): DraftStorage & { readonly items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

const PLAN = '5d1c8f0e-7a1b-4c2d-9e3f-0a1b2c3d4e5f';

describe('the call-tree test in progress', () => {
  it('comes back after a reload exactly as recorded, a person recorded again replacing their line', () => {
    const storage = memoryStorage();
    let draft = startDraft(PLAN, '2026-12-01T09:00:00.000Z');
    draft = withResult(draft, 'p-jeroen-mulder', { outcome: 'reached', number: '+31612345678', at: '2026-12-01T09:01:00.000Z' });
    writeDraft(storage, draft);
    draft = withResult(draft, 'p-henk-verbeek', { outcome: 'not-reached', at: '2026-12-01T09:03:00.000Z' });
    draft = withResult(draft, 'p-jeroen-mulder', { outcome: 'wrong-number', number: '+31612345678', at: '2026-12-01T09:04:00.000Z' });
    writeDraft(storage, draft);

    const read = readDraft(storage, PLAN);
    expect(read).toEqual({ state: 'found', draft });
    if (read.state !== 'found') return;
    expect(read.draft.results['p-jeroen-mulder']?.outcome).toBe('wrong-number');
    expect(Object.keys(read.draft.results)).toEqual(['p-jeroen-mulder', 'p-henk-verbeek']);
  });

  it('takes a person back out, and is gone once cleared', () => {
    const storage = memoryStorage();
    const draft = withResult(startDraft(PLAN, '2026-12-01T09:00:00.000Z'), 'p-a', { outcome: 'reached', at: '2026-12-01T09:01:00.000Z' });
    writeDraft(storage, withoutResult(draft, 'p-a'));
    const read = readDraft(storage, PLAN);
    expect(read.state === 'found' ? read.draft.results : undefined).toEqual({});
    clearDraft(storage, PLAN);
    expect(readDraft(storage, PLAN)).toEqual({ state: 'none' });
  });

  it('reports a damaged or foreign value as unreadable instead of treating it as no test', () => {
    const storage = memoryStorage();
    storage.setItem(draftKey(PLAN), '{"version":1,');
    expect(readDraft(storage, PLAN)).toEqual({ state: 'unreadable' });
    storage.setItem(draftKey(PLAN), JSON.stringify({ version: 1, planId: PLAN, startedAt: 'yesterday', results: {} }));
    expect(readDraft(storage, PLAN)).toEqual({ state: 'unreadable' });
    storage.setItem(draftKey(PLAN), JSON.stringify({ ...startDraft('other-plan', '2026-12-01T09:00:00.000Z') }));
    expect(readDraft(storage, PLAN)).toEqual({ state: 'unreadable' });
    storage.setItem(draftKey(PLAN), JSON.stringify({ ...startDraft(PLAN, '2026-12-01T09:00:00.000Z'), results: { p: { outcome: 'maybe', at: '2026-12-01T09:00:00.000Z' } } }));
    expect(readDraft(storage, PLAN)).toEqual({ state: 'unreadable' });
  });

  it('keeps one test per plan', () => {
    const storage = memoryStorage();
    writeDraft(storage, startDraft(PLAN, '2026-12-01T09:00:00.000Z'));
    expect(readDraft(storage, 'another-plan')).toEqual({ state: 'none' });
  });
});
