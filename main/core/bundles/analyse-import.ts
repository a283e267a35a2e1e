import { collectionNames, type PlanContent, type PlanDocument, type SignedPlan } from '../../../shared/plan/plan.js';
import { assertPlausibleStamps, mergeDocuments } from '../../../shared/plan/sync/index.js';
import { fingerprintOf } from '../crypto/keys.js';
import { analyseCrisisImport, type CrisisImportAnalysis } from '../crisis/crisis-import.js';
import type { OpenedDataDir } from '../data-dir/open-data-dir.js';
import { bundleTrustOf } from './bundle-trust.js';
import { summariseChanges, type ChangeSummary } from '../../../shared/plan/change-summary.js';
import { classifyImport, type ImportKind } from './classify-import.js';
import { viewConflict, type ConflictView } from './conflict-view.js';
import { openBundle, type BundleTrust, type OpenedBundle } from './open-bundle.js';
import { assertApprovalsSealed } from '../plan/approval-seal.js';
import type { KeyLookup } from '../crypto/envelope.js';

export interface SignerView {
  readonly keyid: string;
  readonly fingerprint: string;
  /** The trusted name when the key is trusted, else the name the bundle gives itself. */
  readonly name?: string;
  readonly trusted: boolean;
}

/** Everything an import decides on, computed without writing anything. */
export interface ImportAnalysis {
  readonly bundle: OpenedBundle;
  readonly kind: ImportKind;
  readonly signer: SignerView;
  /** This folder's plan when the analysis was made; undefined in a folder without a plan. */
  readonly current: SignedPlan | undefined;
  /** The document an apply would commit (adopt and merge only). */
  readonly result: PlanDocument | undefined;
  readonly changes: ChangeSummary;
  readonly newConflicts: ConflictView[];
  /** The crisis events the bundle carries that this folder lacks, and those refused. */
  readonly crises: CrisisImportAnalysis;
}

function withoutRecords(content: PlanContent): PlanContent {
  const empty = { ...content };
  for (const collection of collectionNames) (empty as Record<string, unknown>)[collection] = [];
  return empty;
}

/** The folder's plan, or undefined when it has none; a refused plan throws (nothing is imported over it). */
function currentPlanOf(opened: OpenedDataDir): SignedPlan | undefined {
  return opened.store.status.state === 'missing' ? undefined : opened.store.current;
}

/**
 * A key a seal may be checked with: one this folder trusts, or one the bundle carries under its signer's
 * manifest signature (the laptop that sealed may be one this laptop never met); never a key removed from trust.
 */
function sealLookup(bundle: OpenedBundle, trust: BundleTrust): KeyLookup {
  return (keyid) => (trust.removed.has(keyid) && trust.lookup(keyid) === undefined ? undefined : bundle.lookup(keyid));
}

/**
 * The approvals a bundle would bring in (new, or different from this folder's) must each hold their seal for
 * this plan: the seal names the adopted revision's content hash, signature and signer and is checked with its
 * key alone, so it verifies on a laptop whose history never held that revision.
 */
function assertIncomingApprovals(result: PlanDocument, current: SignedPlan | undefined, planId: string, lookup: KeyLookup): void {
  const before = current !== undefined && current.planId === planId ? current.plan.content.approvals : [];
  assertApprovalsSealed(result.content.approvals, before, planId, lookup);
}

/**
 * Open and verify a bundle against this folder and work out what importing it would do: the kind, the signer
 * and whether it is trusted, the changes per collection and the conflicts a merge would raise.
 */
export async function analyseImport(opened: OpenedDataDir, bytes: Uint8Array, passphrase: string | undefined): Promise<ImportAnalysis> {
  const current = currentPlanOf(opened);
  const trust = await bundleTrustOf(opened);
  const bundle = await openBundle(bytes, passphrase, trust);
  const trusted = trust.lookup(bundle.signerKeyid);
  const name = trusted?.name ?? bundle.signerInBundle?.name;
  const signer: SignerView = {
    keyid: bundle.signerKeyid,
    fingerprint: fingerprintOf(bundle.signerKeyid),
    ...(name === undefined ? {} : { name }),
    trusted: trusted !== undefined,
  };
  const incoming = bundle.signed;
  // Before anything is classified or merged: one stamp years ahead would win its field on every laptop.
  assertPlausibleStamps(incoming.plan, opened.platform.now().getTime());
  const kind = classifyImport(current, incoming);
  const crises = await analyseCrisisImport(opened, bundle.crises, bundle.lookup);
  const base = { bundle, kind, signer, current, crises };
  if (kind === 'merge' && current !== undefined) {
    const merged = mergeDocuments(current.plan, incoming.plan);
    assertIncomingApprovals(merged.document, current, incoming.planId, sealLookup(bundle, trust));
    const content = merged.document.content;
    return {
      ...base,
      result: merged.document,
      changes: summariseChanges(current.plan.content, content),
      newConflicts: merged.newConflicts.filter((conflict) => conflict.resolvedAt === undefined).map((conflict) => viewConflict(content, conflict)),
    };
  }
  if (kind === 'adopt') {
    assertIncomingApprovals(incoming.plan, current, incoming.planId, sealLookup(bundle, trust));
    const content = incoming.plan.content;
    return {
      ...base,
      result: incoming.plan,
      changes: summariseChanges(current?.plan.content ?? withoutRecords(content), content),
      newConflicts: incoming.plan.sync.conflicts.filter((conflict) => conflict.resolvedAt === undefined).map((conflict) => viewConflict(content, conflict)),
    };
  }
  return { ...base, result: undefined, changes: [], newConflicts: [] };
}
