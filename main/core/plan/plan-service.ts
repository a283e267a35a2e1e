import { checkPlanHealth, type HealthGap } from '../../../shared/plan/health/index.js';
import type { PlanContent, SignedPlan } from '../../../shared/plan/plan.js';
import { assertSafeTextInChanges, assertSafeTextInContent } from '../../../shared/plan/unsafe-plan-text.js';
import { assertNewNumbersDialable } from '../../../shared/plan/undialable-numbers.js';
import { todayInAmsterdam } from '../../../shared/plan/today.js';
import { applyChanges, diffContent, type Change } from '../../../shared/plan/sync/index.js';
import { fingerprintOf } from '../crypto/keys.js';
import type { HistorySummary } from '../store/history-summary.js';
import type { OpenedDataDir } from '../data-dir/open-data-dir.js';
import { restoreAsChanges } from './restore-as-changes.js';
import { approvalSealLookup } from './approval-seal-lookup.js';
import { resealRevivedApprovals } from './restore-approvals.js';
import { adoptedContentHash, assertApprovalsSealed } from './approval-seal.js';
import { latestApproval } from '../../../shared/plan/effective-dates.js';
import type { HealthContext } from '../../../shared/plan/health/index.js';
import { DraaiboekError } from '../../../shared/errors.js';

export interface CurrentPlan {
  readonly signed: SignedPlan;
  readonly signerKeyid: string;
  readonly signerFingerprint: string;
}

export interface ImportOutcome {
  /** How many changes the incoming content made; zero means nothing differed and no revision was made. */
  readonly changeCount: number;
  readonly signed: SignedPlan;
}

function today(opened: OpenedDataDir): string {
  return todayInAmsterdam(opened.platform.now());
}

/** Whether the content differs from what the newest approval adopted: only main hashes the content. */
export function adoptionContext(content: PlanContent): HealthContext {
  const approval = latestApproval(content);
  if (approval === undefined || adoptedContentHash(content) === approval.contentHash) return {};
  return { changedSinceAdoption: { revision: approval.revision, date: approval.date } };
}

/**
 * The plan use cases, one implementation for the three doors (Electron IPC, CLI, e2e bridge). Arguments are
 * the contract's types: each door validated them at its edge (the IPC wrapper, the CLI's file reading).
 */
export function createPlanService(opened: OpenedDataDir) {
  const { store, clock } = opened;

  function current(): CurrentPlan {
    const signed = store.current;
    const status = store.status;
    const signerKeyid = status.state === 'ready' ? status.file.signerKeyid : opened.deviceKeyid;
    return { signed, signerKeyid, signerFingerprint: fingerprintOf(signerKeyid) };
  }

  /** Numbers enter the plan here and by import: refused unless they can be dialled (see assertNewNumbersDialable). */
  function commitChanges(changes: readonly Change[]): Promise<SignedPlan> {
    return store.update((latest) => {
      const next = applyChanges(latest.plan, [...changes], clock);
      assertNewNumbersDialable(latest.plan.content, next.content);
      return next;
    });
  }

  return {
    current,

    health(): HealthGap[] {
      const content = store.current.plan.content;
      return checkPlanHealth(content, today(opened), adoptionContext(content));
    },

    /** Apply a list of changes (the same objects the UI sends) as one new revision. */
    async apply(changes: readonly Change[]): Promise<SignedPlan> {
      assertSafeTextInChanges(changes);
      // An approval is bound to a signed revision when it is recorded (cycle approve); no edit can make one.
      if (changes.some((change) => 'collection' in change && change.collection === 'approvals')) {
        throw new DraaiboekError('APPROVAL_NOT_EDITABLE', 'approvals are recorded, not edited');
      }
      return commitChanges(changes);
    },

    /**
     * Take a whole plan's content (unsigned, e.g. edited by hand) and commit only what differs from the current
     * plan, so unchanged fields keep their stamps and a later merge stays exact.
     */
    async importContent(content: PlanContent): Promise<ImportOutcome> {
      assertSafeTextInContent(content);
      let changeCount = 0;
      const signed = await store.update((latest) => {
        // Content from a file carries no signature of its own: its approvals need a key this laptop trusts under
        // its protected state record, not one from seal-keys.json, which whoever can write the folder could edit.
        assertApprovalsSealed(content.approvals, latest.plan.content.approvals, latest.planId, opened.lookup);
        const changes = diffContent(latest.plan.content, content);
        changeCount = changes.length;
        assertNewNumbersDialable(latest.plan.content, content);
        return changes.length === 0 ? undefined : applyChanges(latest.plan, changes, clock);
      });
      return { changeCount, signed };
    },

    history(): Promise<HistorySummary[]> {
      return store.listHistory();
    },

    revision(revision: number): Promise<SignedPlan> {
      return store.readRevision(revision);
    },

    /**
     * Make a past revision's content current again, as a new revision. With a readable plan this is a stamped
     * change (see restoreAsChanges); when the plan was refused it is the whole past revision: the way out.
     */
    async restore(revision: number): Promise<SignedPlan> {
      if (store.status.state !== 'ready') return store.restore(revision);
      const past = await store.readRevision(revision);
      const key = past.plan.content.approvals.length === 0 ? undefined : await opened.signingKey();
      const sealLookup = await approvalSealLookup(opened);
      return store.update((latest) => {
        const restored = restoreAsChanges(latest.plan, past.plan.content, revision);
        const changes =
          key === undefined ? restored : resealRevivedApprovals(restored, latest.plan, past.plan.content, revision, latest.planId, sealLookup, key);
        if (changes.length === 0) return undefined;
        const next = applyChanges(latest.plan, changes, clock);
        // Whatever else the restore would change in an approval must hold its seal too.
        assertApprovalsSealed(next.content.approvals, latest.plan.content.approvals, latest.planId, sealLookup);
        return next;
      });
    },
  };
}

export type PlanService = ReturnType<typeof createPlanService>;
