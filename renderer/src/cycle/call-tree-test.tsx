import { useEffect, useMemo, useState } from 'react';
import { buildCallTree, flattenCallTree } from '../../../shared/plan/call-tree.js';
import type { PlanContent } from '../../../shared/plan/plan.js';
import { formatTimestamp } from '../i18n/format.js';
import { useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';
import { Link } from '../router/link.js';
import { CallTreeProgressPanel, recordOfDraft } from './call-tree-progress.js';
import { CallTreeTestRow, type TestRowPerson } from './call-tree-test-row.js';
import type { CallTreeTestDraft } from './call-tree-test-draft.js';
import { FinishTest } from './finish-call-tree-test.js';
import { useCallTreeTest } from './use-call-tree-test.js';

/** The call tree in calling order (the people no root reaches last), each with their caller and crisis roles. */
function walkOrder(content: PlanContent): TestRowPerson[] {
  const model = buildCallTree(content.callTree);
  const people = new Map(content.people.map((person) => [person.id, person]));
  const rolesOf = new Map<string, string[]>();
  for (const role of content.roles) {
    for (const personId of [role.primaryPersonId, ...role.deputyPersonIds]) {
      if (personId === undefined) continue;
      rolesOf.set(personId, [...(rolesOf.get(personId) ?? []), role.name]);
    }
  }
  const seen = new Set<string>();
  const rows: TestRowPerson[] = [];
  for (const { node, depth } of [...flattenCallTree(model.roots), ...flattenCallTree(model.unreached)]) {
    const { personId, callerPersonId } = node.entry;
    if (seen.has(personId)) continue;
    seen.add(personId);
    rows.push({
      personId,
      person: people.get(personId),
      depth,
      callerName: callerPersonId === undefined ? undefined : (people.get(callerPersonId)?.name ?? callerPersonId),
      roleNames: [...new Set(rolesOf.get(personId) ?? [])],
    });
  }
  return rows;
}

/** Ticks while a test runs, so the time taken and the targets stay current without a click. */
function useNow(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return undefined;
    const timer = window.setInterval(() => setNow(Date.now()), 10_000);
    return () => window.clearInterval(timer);
  }, [running]);
  return now;
}

function TestInProgress(props: { draft: CallTreeTestDraft; rows: readonly TestRowPerson[]; test: ReturnType<typeof useCallTreeTest>; onFinished: (exerciseId: string | undefined) => void }) {
  const { t, language } = useI18n();
  const { draft, rows, test } = props;
  const now = useNow(true);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const nextId = rows.find((row) => draft.results[row.personId] === undefined)?.personId;
  const record = useMemo(() => recordOfDraft(draft), [draft]);
  return (
    <div className="ctt">
      <p>{t('ui.cycle.test.startedAt', { at: formatTimestamp(draft.startedAt, language) })}</p>
      <CallTreeProgressPanel record={record} now={now} running />
      <ol className="ctt-list" aria-label={t('ui.cycle.test.walk')}>
        {rows.map((row) => (
          <CallTreeTestRow
            key={row.personId}
            row={row}
            result={draft.results[row.personId]}
            next={row.personId === nextId}
            onRecord={(result) => test.record(row.personId, result)}
            onUndo={() => test.undo(row.personId)}
          />
        ))}
      </ol>
      <div className="row form-actions">
        <FinishTest draft={draft} order={rows} onFinished={(exerciseId) => {
          test.discard();
          props.onFinished(exerciseId);
        }} />
        {confirmDiscard ? (
          <>
            <button type="button" className="danger" onClick={() => test.discard()}>{t('ui.cycle.test.confirmDiscard')}</button>
            <button type="button" onClick={() => setConfirmDiscard(false)}>{t('ui.common.cancel')}</button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirmDiscard(true)}>{t('ui.cycle.test.discard')}</button>
        )}
      </div>
    </div>
  );
}

/**
 * The guided call-tree test (bereikbaarheidstest): started on this laptop, walked in calling order, one outcome
 * per person; finishing records it in the plan as one revision.
 */
export function CallTreeTest() {
  const { t } = useI18n();
  const { view } = usePlan();
  const test = useCallTreeTest(view.planId);
  const rows = useMemo(() => walkOrder(view.content), [view.content]);
  const [finished, setFinished] = useState<{ readonly exerciseId: string | undefined } | undefined>(undefined);

  // A test main already recorded (the page stopped after main saved it and before the draft was dropped) is
  // not offered again: recording it twice would count it twice.
  const draftStart = test.read.state === 'found' ? test.read.draft.startedAt : undefined;
  const alreadyRecorded = draftStart === undefined ? undefined : view.content.exercises.find((exercise) => exercise.callTree?.startedAt === draftStart);
  const { discard } = test;
  useEffect(() => {
    if (alreadyRecorded === undefined) return;
    discard();
    setFinished({ exerciseId: alreadyRecorded.id });
  }, [alreadyRecorded, discard]);

  return (
    <section aria-labelledby="ctt-title">
      <h2 id="ctt-title">{t('ui.cycle.part.call-tree-test')}</h2>
      {finished !== undefined && test.read.state === 'none' && (
        <p role="status" className="notice" data-testid="ctt-finished">
          {t('ui.cycle.test.finished')}{' '}
          {finished.exerciseId !== undefined && <Link to={{ screen: 'cycle', part: 'programme', id: finished.exerciseId }}>{t('ui.cycle.test.openExercise')}</Link>}
        </p>
      )}
      {test.read.state === 'unreadable' && (
        <div role="alert" className="notice critical">
          <p>{t('ui.cycle.test.unreadable')}</p>
          <button type="button" onClick={() => test.discard()}>{t('ui.cycle.test.discard')}</button>
        </div>
      )}
      {test.read.state === 'none' && (
        <div className="ctt-start">
          <p>{t('ui.cycle.test.intro', { count: rows.length })}</p>
          <CallTreeProgressPanel record={undefined} now={0} running={false} />
          <button type="button" className="primary" disabled={rows.length === 0} onClick={() => {
            setFinished(undefined);
            test.start(new Date().toISOString());
          }}>
            {t('ui.cycle.test.start')}
          </button>
        </div>
      )}
      {test.read.state === 'found' && <TestInProgress draft={test.read.draft} rows={rows} test={test} onFinished={(exerciseId) => setFinished({ exerciseId })} />}
    </section>
  );
}
