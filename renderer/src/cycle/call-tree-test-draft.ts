import { z } from 'zod';
import { callTreeOutcomes } from '../../../shared/plan/entities.js';

/*
 * A call-tree test in progress lives on this laptop until it is finished: it is not plan content yet (a half
 * test must not reach other laptops), and it must survive a screen change, a reload and a crash. The page keeps
 * it in localStorage, written synchronously after every recorded person, so what the user saw recorded is what
 * comes back; finishing sends it to main as one revision and clears it.
 */


const isoInstant = z.string().max(40).refine((value) => !Number.isNaN(Date.parse(value)));

const draftResultSchema = z.strictObject({
  outcome: z.enum(callTreeOutcomes),
  /** The number dialled (E.164), as in the plan; absent when none was tried. */
  number: z.string().max(40).optional(),
  at: isoInstant,
});
export type DraftResult = z.infer<typeof draftResultSchema>;

const draftSchema = z.strictObject({
  version: z.literal(1),
  planId: z.string().max(100),
  startedAt: isoInstant,
  /** Keyed by person id; a person recorded again replaces their earlier line. */
  results: z.record(z.string().max(100), draftResultSchema),
});
export type CallTreeTestDraft = z.infer<typeof draftSchema>;

/** The part of `Storage` the draft needs (so a test can hand in its own). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function draftKey(planId: string): string {
  return `draaiboek.callTreeTest.${planId}`;
}

export function startDraft(planId: string, startedAt: string): CallTreeTestDraft {
  return { version: 1, planId, startedAt, results: {} };
}

export type DraftRead = { readonly state: 'none' } | { readonly state: 'found'; readonly draft: CallTreeTestDraft } | { readonly state: 'unreadable' };

/**
 * The test in progress for this plan. A stored value that does not parse (another version, a damaged profile)
 * is reported, not silently dropped: the page says so and the user decides to discard it.
 */
export function readDraft(storage: DraftStorage, planId: string): DraftRead {
  const text = storage.getItem(draftKey(planId));
  if (text === null) return { state: 'none' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { state: 'unreadable' };
  }
  const result = draftSchema.safeParse(parsed);
  if (!result.success || result.data.planId !== planId) return { state: 'unreadable' };
  return { state: 'found', draft: result.data };
}

export function writeDraft(storage: DraftStorage, draft: CallTreeTestDraft): void {
  storage.setItem(draftKey(draft.planId), JSON.stringify(draftSchema.parse(draft)));
}

export function clearDraft(storage: DraftStorage, planId: string): void {
  storage.removeItem(draftKey(planId));
}

export function withResult(draft: CallTreeTestDraft, personId: string, result: DraftResult): CallTreeTestDraft {
  return { ...draft, results: { ...draft.results, [personId]: result } };
}

export function withoutResult(draft: CallTreeTestDraft, personId: string): CallTreeTestDraft {
  return { ...draft, results: Object.fromEntries(Object.entries(draft.results).filter(([id]) => id !== personId)) };
}
