import { useState } from 'react';
import type { CallTreeTestInput } from '../../../shared/cycle/cycle-contract.js';
import { todayInAmsterdam } from '../../../shared/plan/today.js';
import { callApi } from '../api/call-api.js';
import { useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';
import type { CallTreeTestDraft } from './call-tree-test-draft.js';

/** The finished test as main records it: the people recorded, in calling order, the day it started. */
export function testInputOf(draft: CallTreeTestDraft, order: readonly { personId: string }[], endedAt: string): CallTreeTestInput {
  const rank = new Map(order.map((row, index) => [row.personId, index]));
  const results = Object.entries(draft.results)
    .sort(([a], [b]) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity))
    .map(([personId, result]) => ({ personId, ...result }));
  return { date: todayInAmsterdam(new Date(draft.startedAt)), startedAt: draft.startedAt, endedAt, results };
}

/** Sends the test to main, which records it as one revision; the draft is dropped only once that is durable. */
export function FinishTest(props: { draft: CallTreeTestDraft; order: readonly { personId: string }[]; onFinished: (exerciseId: string | undefined) => void }) {
  const { t } = useI18n();
  const { runSave, saving } = usePlan();
  const [done, setDone] = useState(false);
  const empty = Object.keys(props.draft.results).length === 0;

  async function finish() {
    const input = testInputOf(props.draft, props.order, new Date().toISOString());
    let recorded: string | undefined;
    const ok = await runSave(async () => {
      const plan = await callApi('cycle.recordCallTreeTest', input);
      // The test's exercise is the one that carries this test's start.
      recorded = plan.content.exercises.find((exercise) => exercise.callTree?.startedAt === input.startedAt)?.id;
      return plan;
    });
    if (ok) {
      setDone(true);
      props.onFinished(recorded);
    }
  }

  return (
    <>
      <button type="button" className="primary" disabled={saving || empty || done} aria-describedby="ctt-finish-hint" onClick={() => void finish()}>
        {t('ui.cycle.test.finish')}
      </button>
      <span id="ctt-finish-hint" className="hint">{t('ui.cycle.test.finishHint')}</span>
    </>
  );
}
