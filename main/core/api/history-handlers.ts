import { fingerprintOf } from '../crypto/keys.js';
import { createPlanService } from '../plan/plan-service.js';
import type { ApiContext, ImplementationsOf } from './api-context.js';
import { planMutation } from './mutation.js';
import { planViewOf, signerNameOf } from './plan-view.js';

/** The kept revisions: who saved which and when, a past one to look at, and restoring one as a new revision. */
export function historyHandlers(context: ApiContext): ImplementationsOf<'history.list' | 'history.revision' | 'history.restore'> {
  const { session } = context;

  return {
    'history.list': async () => {
      const opened = session.opened();
      const summaries = await createPlanService(opened).history();
      const trust = await opened.trust();
      const status = opened.store.status;
      const currentRevision = status.state === 'ready' ? status.file.signed.revision : undefined;
      return summaries.map((summary) => {
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
