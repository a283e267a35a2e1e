import { useCallback, useState } from 'react';
import {
  clearDraft,
  readDraft,
  startDraft,
  withoutResult,
  withResult,
  writeDraft,
  type CallTreeTestDraft,
  type DraftRead,
  type DraftResult,
} from './call-tree-test-draft.js';

export interface CallTreeTestState {
  readonly read: DraftRead;
  readonly start: (startedAt: string) => void;
  readonly record: (personId: string, result: DraftResult) => void;
  readonly undo: (personId: string) => void;
  readonly discard: () => void;
}

/**
 * The test in progress for this plan, kept in this laptop's localStorage. Each change is written before the
 * screen shows it, so a screen change, a reload or a crash of the page gives back everything the user saw.
 */
export function useCallTreeTest(planId: string): CallTreeTestState {
  const [read, setRead] = useState<DraftRead>(() => readDraft(window.localStorage, planId));
  const [seenPlan, setSeenPlan] = useState(planId);
  if (seenPlan !== planId) {
    setSeenPlan(planId);
    setRead(readDraft(window.localStorage, planId));
  }

  const save = useCallback((draft: CallTreeTestDraft) => {
    writeDraft(window.localStorage, draft);
    setRead({ state: 'found', draft });
  }, []);

  const change = useCallback(
    (update: (draft: CallTreeTestDraft) => CallTreeTestDraft) => {
      // Read what is stored, not what this component last rendered: another window of the page may have added to it.
      const stored = readDraft(window.localStorage, planId);
      if (stored.state === 'found') save(update(stored.draft));
    },
    [planId, save],
  );

  return {
    read,
    start: useCallback((startedAt: string) => save(startDraft(planId, startedAt)), [planId, save]),
    record: useCallback((personId: string, result: DraftResult) => change((draft) => withResult(draft, personId, result)), [change]),
    undo: useCallback((personId: string) => change((draft) => withoutResult(draft, personId)), [change]),
    discard: useCallback(() => {
      clearDraft(window.localStorage, planId);
      setRead({ state: 'none' });
    }, [planId]),
  };
}
