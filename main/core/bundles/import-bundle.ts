import { randomUUID } from 'node:crypto';
import { DraaiboekError } from '../../../shared/errors.js';
import { catchUpWith } from '../../../shared/plan/sync/index.js';
import { recordCopy } from '../copies/copies-register.js';
import { loadSealKeys, recordSealKeys } from '../crypto/seal-key-store.js';
import { takeInCrisisEvents, type CrisisImportAnalysis } from '../crisis/crisis-import.js';
import type { OpenedDataDir } from '../data-dir/open-data-dir.js';
import { analyseImport, type ImportAnalysis, type SignerView } from './analyse-import.js';
import { bundleTrustOf } from './bundle-trust.js';
import { totalsOf, type ChangeSummary } from '../../../shared/plan/change-summary.js';
import type { ImportKind } from './classify-import.js';
import type { ConflictView } from './conflict-view.js';
import { vouchedSealKeys } from './vouched-seal-keys.js';

/** What the user sees before deciding; nothing has been written. */
export interface ImportPreview {
  /** Hand this to applyImport to import exactly this bundle; it is checked again then. */
  readonly token: string;
  readonly kind: ImportKind;
  readonly encrypted: boolean;
  readonly planId: string;
  readonly title: string;
  readonly organisationName: string;
  readonly revision: number;
  readonly savedAt: string;
  readonly exportedAt: string;
  /** This folder's revision the preview was made against; 0 when it has no plan. */
  readonly currentRevision: number;
  readonly signer: SignerView;
  readonly changes: ChangeSummary;
  readonly newConflicts: ConflictView[];
  readonly crises: CrisisImportAnalysis;
}

export interface ImportOutcome {
  readonly applied: boolean;
  readonly kind: ImportKind;
  /** The folder's revision after the import (unchanged when nothing was applied). */
  readonly revision: number;
  readonly changes: ChangeSummary;
  readonly newConflicts: ConflictView[];
  readonly signerTrustedNow: boolean;
  /** Per crisis that gained events: how many, and how many it holds now. */
  readonly crises: readonly { readonly crisisId: string; readonly added: number; readonly eventCount: number }[];
}

/** A bundle's bytes as read (from a stick, a drop, an opened file), the passphrase the user typed, and the file's name. */
export interface PreviewRequest {
  readonly bytes: Uint8Array;
  readonly passphrase?: string | undefined;
  readonly source?: string | undefined;
}
/** A preview's token, or (the CLI's `--yes`) the bundle itself. */
export type ApplyRequest = { readonly token: string } | PreviewRequest;
export interface ApplyOptions {
  readonly trustSigner?: boolean;
}

interface PendingImport {
  readonly bytes: Uint8Array;
  readonly passphrase: string | undefined;
  readonly source: string | undefined;
  readonly baseRevision: number;
}

/** Previews waiting for the user's word; a few at most, the oldest forgotten first. */
const MAX_PENDING = 4;

function revisionOf(analysis: ImportAnalysis): number {
  return analysis.current?.revision ?? 0;
}

function refuse(analysis: ImportAnalysis): never {
  const incoming = analysis.bundle.signed;
  if (analysis.kind === 'other-plan') {
    throw new DraaiboekError('PLAN_MISMATCH', 'the bundle holds another plan', { planId: incoming.planId });
  }
  throw new DraaiboekError('ROLLBACK', 'the bundle holds nothing new', {
    revision: incoming.revision,
    highest: revisionOf(analysis),
  });
}

function logSummary(analysis: ImportAnalysis, resultRevision: number): string {
  const totals = totalsOf(analysis.changes);
  return JSON.stringify({
    kind: analysis.kind,
    from: (analysis.signer.name ?? '').slice(0, 300),
    ...totals,
    conflicts: analysis.newConflicts.length,
    crisisEvents: analysis.crises.newEventCount,
    resultRevision,
  });
}

/**
 * Import a bundle in two steps: a preview that writes nothing, and an apply on the user's word. The apply
 * opens and verifies the bundle again against the folder as it is then; a preview made against another
 * revision of the plan is refused as stale, never applied blindly.
 */
export function createBundleImporter(opened: OpenedDataDir) {
  const pending = new Map<string, PendingImport>();

  function remember(entry: PendingImport): string {
    const token = randomUUID();
    pending.set(token, entry);
    while (pending.size > MAX_PENDING) {
      const oldest = pending.keys().next().value;
      if (oldest === undefined) break;
      pending.delete(oldest);
    }
    return token;
  }

  async function commitResult(analysis: ImportAnalysis): Promise<number> {
    const incoming = analysis.bundle.signed;
    const document = analysis.result;
    if (document === undefined) return revisionOf(analysis);
    catchUpWith(opened.clock, document.sync.versionVector);
    const committed =
      analysis.kind === 'adopt'
        ? await opened.store.adopt({ planId: incoming.planId, plan: document }, revisionOf(analysis))
        : await opened.store.commit(document, revisionOf(analysis));
    return committed.revision;
  }

  return {
    async previewImport(request: PreviewRequest): Promise<ImportPreview> {
      const analysis = await analyseImport(opened, request.bytes, request.passphrase);
      const { signed, manifest, encrypted } = analysis.bundle;
      const token = remember({
        bytes: request.bytes,
        passphrase: request.passphrase,
        source: request.source,
        baseRevision: revisionOf(analysis),
      });
      return {
        token,
        kind: analysis.kind,
        encrypted,
        planId: signed.planId,
        title: signed.plan.content.meta.title,
        organisationName: signed.plan.content.meta.organisationName,
        revision: signed.revision,
        savedAt: signed.savedAt,
        exportedAt: manifest.createdAt,
        currentRevision: revisionOf(analysis),
        signer: analysis.signer,
        changes: analysis.changes,
        newConflicts: analysis.newConflicts,
        crises: analysis.crises,
      };
    },

    async applyImport(source: ApplyRequest, options: ApplyOptions = {}): Promise<ImportOutcome> {
      let entry: PendingImport | undefined;
      if ('token' in source) {
        entry = pending.get(source.token);
        if (entry === undefined) throw new DraaiboekError('BUNDLE_PREVIEW_STALE', 'unknown or used preview');
      }
      const bytes = entry?.bytes ?? ('bytes' in source ? source.bytes : new Uint8Array());
      const passphrase = entry?.passphrase ?? ('passphrase' in source ? source.passphrase : undefined);
      const sourceName = entry?.source ?? ('source' in source ? source.source : undefined);

      const analysis = await analyseImport(opened, bytes, passphrase);
      if (entry !== undefined && entry.baseRevision !== revisionOf(analysis)) {
        throw new DraaiboekError('BUNDLE_PREVIEW_STALE', 'the plan changed since the preview');
      }
      if ('token' in source) pending.delete(source.token);
      // Crisis logs travel with the plan but merge on their own: a bundle whose plan this folder already has
      // (or has newer) still brings the other laptop's crisis events. Another plan's crises never mix in.
      const crisisOnly = analysis.crises.newEventCount > 0 && (analysis.kind === 'same' || analysis.kind === 'older');
      if (analysis.kind === 'same' && !crisisOnly) {
        return {
          applied: false,
          kind: 'same',
          revision: revisionOf(analysis),
          changes: [],
          newConflicts: [],
          signerTrustedNow: analysis.signer.trusted,
          crises: [],
        };
      }
      if ((analysis.kind === 'older' && !crisisOnly) || analysis.kind === 'other-plan') refuse(analysis);

      const { signer } = analysis;
      if (!signer.trusted && options.trustSigner !== true) {
        throw new DraaiboekError('SIGNER_UNKNOWN', 'the signer is not trusted', {
          keyid: signer.keyid,
          fingerprint: signer.fingerprint,
          name: signer.name ?? '?',
        });
      }
      // A damaged seal-key register is refused before anything is written, not after the plan changed.
      await loadSealKeys(opened.dataDir);
      const carried = analysis.bundle.signerInBundle;
      if (!signer.trusted && carried !== undefined) {
        // The user's word, given after comparing the fingerprint with the paper binder.
        await opened.trustSigner({
          keyid: carried.keyid,
          publicKey: Buffer.from(carried.publicKey, 'base64'),
          name: carried.name,
          addedHow: 'bundle',
          addedAt: opened.platform.now().toISOString(),
        });
      }
      const revision = crisisOnly ? revisionOf(analysis) : await commitResult(analysis);
      // The signer is trusted now: the seal keys it vouched for are kept, to be passed on in this laptop's bundles.
      const trust = await bundleTrustOf(opened);
      await recordSealKeys(opened.dataDir, vouchedSealKeys(analysis.bundle, trust.lookup, trust.removed, opened.platform.now().toISOString()));
      const crises = await takeInCrisisEvents(opened, analysis.crises);
      const incoming = analysis.bundle.signed;
      await recordCopy(opened.dataDir, {
        direction: 'in',
        kind: 'bundle',
        planId: incoming.planId,
        revision: incoming.revision,
        at: opened.platform.now().toISOString(),
        encrypted: analysis.bundle.encrypted,
        signerKeyid: signer.keyid,
        summary: logSummary(analysis, revision),
        ...(sourceName === undefined ? {} : { location: sourceName.slice(-1_000) }),
      });
      return {
        applied: true,
        kind: analysis.kind,
        revision,
        changes: analysis.changes,
        newConflicts: analysis.newConflicts,
        signerTrustedNow: true,
        crises,
      };
    },
  };
}
