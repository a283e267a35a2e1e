import type { SignedPlan } from '../../../shared/plan/plan.js';
import type { OpenedDataDir } from '../data-dir/open-data-dir.js';
import { adoptedContentHash } from '../plan/approval-seal.js';

export interface RevisionBinding {
  readonly signed: SignedPlan;
  readonly contentHash: string;
  readonly revisionSignature: string;
  readonly revisionSignerKeyid: string;
}

/**
 * A revision of this laptop's history with what an approval binds it by: the hash of its content as read
 * today, and the signature (and signer) that holds over its file with a key this device trusts. A copy kept in
 * an older format keeps its signature over its own bytes and is read through the format steps, so it binds
 * as well as a current one: the content hashed is the content the user sees in the history.
 */
export async function bindingOfRevision(opened: OpenedDataDir, revision: number): Promise<RevisionBinding> {
  const file = await opened.store.readRevisionFile(revision);
  return {
    signed: file.signed,
    contentHash: adoptedContentHash(file.signed.plan.content),
    revisionSignature: file.signature,
    revisionSignerKeyid: file.signerKeyid,
  };
}
