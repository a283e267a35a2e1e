import type { PlanView } from '../../../shared/api.js';
import type { SignedPlan } from '../../../shared/plan/plan.js';
import { fingerprintOf } from '../crypto/keys.js';
import type { OpenedDataDir } from '../data-dir/open-data-dir.js';

/** The name a trusted signer was given, or undefined for a key the trust store does not name. */
export async function signerNameOf(opened: OpenedDataDir, keyid: string): Promise<string | undefined> {
  const trust = await opened.trust();
  return trust.signers.find((signer) => signer.keyid === keyid && signer.removedAt === undefined)?.name;
}

/**
 * The current plan as the UI shows it, with the revision `plan.undo` would return to (none: nothing to undo).
 * The store only holds a plan whose signature it verified.
 */
export async function planViewOf(opened: OpenedDataDir, undoTo: number | undefined, redoTo?: number): Promise<PlanView> {
  const signed: SignedPlan = opened.store.current;
  const status = opened.store.status;
  const signerKeyid = status.state === 'ready' ? status.file.signerKeyid : opened.deviceKeyid;
  const signerName = await signerNameOf(opened, signerKeyid);
  return {
    planId: signed.planId,
    revision: signed.revision,
    savedAt: signed.savedAt,
    signerFingerprint: fingerprintOf(signerKeyid),
    ...(signerName === undefined ? {} : { signerName }),
    signatureValid: status.state === 'ready',
    canUndo: undoTo !== undefined,
    ...(undoTo === undefined ? {} : { undoTo }),
    ...(redoTo === undefined ? {} : { redoTo }),
    conflictCount: signed.plan.sync.conflicts.filter((conflict) => conflict.resolvedAt === undefined).length,
    content: signed.plan.content,
  };
}
