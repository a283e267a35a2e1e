import { summariseChanges, type ChangeSummary } from '../../../shared/plan/change-summary.js';
import type { PlanContent } from '../../../shared/plan/plan.js';
import { fingerprintOf } from '../crypto/keys.js';
import { createPlanService } from '../plan/plan-service.js';
import type { ApiContext, ImplementationsOf } from './api-context.js';
import { planMutation } from './mutation.js';
import { planViewOf, signerNameOf } from './plan-view.js';

/** A history row names a few records per kind of change; the counts stay complete. */
const NAMED_PER_ROW = 5;
function shortened(entry: ChangeSummary[number]): ChangeSummary[number] {
  return { ...entry, added: entry.added.slice(0, NAMED_PER_ROW), changed: entry.changed.slice(0, NAMED_PER_ROW), deleted: entry.deleted.slice(0, NAMED_PER_ROW) };
}

/** The kept revisions: who saved which and when, a past one to look at, and restoring one as a new revision. */
export function historyHandlers(context: ApiContext): ImplementationsOf<'history.list' | 'history.revision' | 'history.restore'> {
  const { session } = context;

  return {
    'history.list': async () => {
      const opened = session.opened();
      const service = createPlanService(opened);
      const summaries = await service.history();
      const trust = await opened.trust();
      const status = opened.store.status;
      const currentRevision = status.state === 'ready' ? status.file.signed.revision : undefined;
      // Each row says what its revision changed against the kept one before it (a revision that no longer
      // verifies changes nothing it can show).
      const contents = new Map<number, PlanContent>();
      for (const summary of summaries) {
        const content = await service.revision(summary.revision).then((signed) => signed.plan.content, () => undefined);
        if (content !== undefined) contents.set(summary.revision, content);
      }
      const ascending = summaries.map((summary) => summary.revision).sort((a, b) => a - b);
      const changesOf = (revision: number): ChangeSummary | undefined => {
        const previous = ascending[ascending.indexOf(revision) - 1];
        const before = previous === undefined ? undefined : contents.get(previous);
        const after = contents.get(revision);
        return before === undefined || after === undefined ? undefined : summariseChanges(before, after).map(shortened);
      };
      return summaries.map((summary) => {
        const changes = changesOf(summary.revision);
        const signerName =
          summary.signerKeyid === undefined
            ? undefined
            : trust.signers.find((signer) => signer.keyid === summary.signerKeyid)?.name;
        return {
          revision: summary.revision,
          bytes: summary.bytes,
          current: summary.revision === currentRevision,
          ...(summary.savedAt === undefined ? {} : { savedAt: summary.savedAt }),
          ...(summary.signerKeyid === undefined ? {} : { signerFingerprint: fingerprintOf(summary.signerKeyid) }),
          ...(signerName === undefined ? {} : { signerName }),
          ...(changes === undefined ? {} : { changes }),
        };
      });
    },

    'history.revision': async (revision) => {
      const opened = session.opened();
      const signed = await createPlanService(opened).revision(revision);
      // readRevision verified the file against the trust store; the list names its signer by the key id.
      const summaries = await createPlanService(opened).history();
      const keyid = summaries.find((summary) => summary.revision === revision)?.signerKeyid ?? opened.deviceKeyid;
      const signerName = await signerNameOf(opened, keyid);
      return {
        revision: signed.revision,
        savedAt: signed.savedAt,
        signerFingerprint: fingerprintOf(keyid),
        ...(signerName === undefined ? {} : { signerName }),
        content: signed.plan.content,
      };
    },

    'history.restore': planMutation<'history.restore', unknown>({
      run: (revision) => createPlanService(session.opened()).restore(revision),
      present: (_, undoTo) => planViewOf(session.opened(), undoTo),
    }),
  };
}
