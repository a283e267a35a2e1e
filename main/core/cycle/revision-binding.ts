import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { DraaiboekError } from '../../../shared/errors.js';
import type { SignedPlan } from '../../../shared/plan/plan.js';
import { canonicalJson } from '../crypto/canonical-json.js';
import { signatureSchema, verifyCanonical } from '../crypto/envelope.js';
import type { OpenedDataDir } from '../data-dir/open-data-dir.js';
import { historyPath } from '../store/history.js';
import { adoptedContentHash } from '../plan/approval-seal.js';

export interface RevisionBinding {
  readonly signed: SignedPlan;
  readonly contentHash: string;
  readonly revisionSignature: string;
  readonly revisionSignerKeyid: string;
}

const signaturesOnly = z.object({ signatures: z.array(signatureSchema).min(1).max(16) });

/**
 * A revision of this laptop's history with what an approval binds it by: its content hash, and the signature
 * (and signer) that verifies over it with a key this device trusts. The store verifies the file first; the
 * signature is then taken from the same file and checked again against the verified content.
 */
export async function bindingOfRevision(opened: OpenedDataDir, revision: number): Promise<RevisionBinding> {
  const signed = await opened.store.readRevision(revision);
  const text = await readFile(historyPath(opened.store.layout, revision), 'utf8');
  const parsed = signaturesOnly.safeParse(JSON.parse(text));
  const signatures = parsed.success ? parsed.data.signatures : [];
  const verdict = verifyCanonical(canonicalJson(signed), signatures, opened.lookup);
  const signature = verdict.ok ? signatures.find((candidate) => candidate.keyid === verdict.keyid) : undefined;
  if (!verdict.ok || signature === undefined) {
    throw new DraaiboekError('SIGNATURE_INVALID', `history/${revision} does not verify`, { detail: `revision ${revision}` });
  }
  return {
    signed,
    contentHash: adoptedContentHash(signed.plan.content),
    revisionSignature: signature.sig,
    revisionSignerKeyid: signature.keyid,
  };
}
