import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { ConflictViewItem, ImportPreviewView, ReceivedBundle, SyncExportResult } from '../../../shared/sync-contract.js';
import { DraaiboekError } from '../../../shared/errors.js';
import { parseHlc } from '../../../shared/plan/sync/hlc.js';
import {
  BUNDLE_EXTENSION,
  createBundleService,
  defaultBundleName,
  readBundleFile,
  type BundleService,
  type ConflictView,
  type ExportResult,
} from '../bundles/index.js';
import { decideSignerTrust } from '../bundles/bundle-trust.js';
import type { SignerView } from '../bundles/analyse-import.js';
import type { OpenedDataDir } from '../data-dir/open-data-dir.js';
import type { ApiContext, ImplementationsOf } from './api-context.js';
import { planMutation } from './mutation.js';
import { planViewOf } from './plan-view.js';
import { crisisImportSummaryOf } from '../crisis/crisis-service.js';
import { confirmWithUser } from '../platform.js';
import { buildKitDocuments, kitDocumentNames } from './sync-kit-documents.js';

type SyncMethod =
  | 'sync.export'
  | 'sync.exportKit'
  | 'sync.chooseImport'
  | 'sync.receiveDropped'
  | 'sync.takeOpened'
  | 'sync.preview'
  | 'sync.apply'
  | 'sync.conflicts'
  | 'sync.resolve'
  | 'sync.log';

interface ReceivedFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** Bundles waiting for their preview; a few at most, the oldest forgotten first. */
const MAX_RECEIVED = 4;
const BUNDLE_EXTENSIONS = [BUNDLE_EXTENSION.slice(1)] as const;

function withBundleExtension(path: string): string {
  return path.toLowerCase().endsWith(BUNDLE_EXTENSION) ? path : `${path}${BUNDLE_EXTENSION}`;
}

function shownExport(result: ExportResult, kitFiles: string[]): NonNullable<SyncExportResult> {
  const { path, bytes, encrypted, revision, fingerprint, copyNumber, readableFiles } = result;
  return { path, bytes, encrypted, revision, fingerprint, copyNumber, kitFiles, readableFiles: [...readableFiles] };
}

/** The device ids (start of the key id) this laptop can put a name to, and which one is its own. */
async function deviceNamesOf(opened: OpenedDataDir): Promise<(node: string) => { name?: string; own: boolean }> {
  const trust = await opened.trust();
  return (node) => {
    const signer = trust.signers.find((candidate) => candidate.keyid.startsWith(node) && candidate.removedAt === undefined);
    return { ...(signer === undefined ? {} : { name: signer.name }), own: opened.deviceKeyid.startsWith(node) };
  };
}

function stampTime(stamp: string): string | undefined {
  try {
    return new Date(parseHlc(stamp).physical).toISOString();
  } catch {
    return undefined;
  }
}

function conflictItem(conflict: ConflictView, nameOf: (node: string) => { name?: string; own: boolean }): ConflictViewItem {
  const device = nameOf(conflict.otherDevice);
  const at = stampTime(conflict.otherStamp);
  const current = conflict.currentDevice === undefined ? undefined : nameOf(conflict.currentDevice);
  const currentAt = conflict.currentStamp === undefined ? undefined : stampTime(conflict.currentStamp);
  return {
    key: conflict.key,
    collection: conflict.collection,
    recordId: conflict.recordId,
    recordName: conflict.recordName,
    field: conflict.field,
    ...(conflict.currentValue === undefined ? {} : { currentValue: conflict.currentValue }),
    ...(conflict.otherValue === undefined ? {} : { otherValue: conflict.otherValue }),
    otherDevice: conflict.otherDevice,
    otherIsThisDevice: device.own,
    ...(device.name === undefined ? {} : { otherName: device.name }),
    ...(at === undefined ? {} : { otherAt: at }),
    ...(conflict.currentDevice === undefined || current === undefined
      ? {}
      : { currentDevice: conflict.currentDevice, currentIsThisDevice: current.own, ...(current.name === undefined ? {} : { currentName: current.name }) }),
    ...(currentAt === undefined ? {} : { currentAt }),
  };
}

/**
 * USB sync in the app: export a bundle (or a readable kit) to a stick, receive one (file dialog, drag and
 * drop, a file opened with the app), preview what it would change, apply it on the user's word, review the
 * conflicts, read the sync log. Received bytes stay in main between the steps; the page holds only an id.
 * Passphrases are passed on to the bundle service and never returned, logged or kept beyond a pending preview.
 */
export function syncHandlers(context: ApiContext): ImplementationsOf<SyncMethod> {
  const { session } = context;
  const received = new Map<string, ReceivedFile>();
  /** Which received file each preview was made of (so an applied bundle is let go), and who signed it. */
  const previews = new Map<string, { readonly fileId: string; readonly signer: SignerView }>();
  const services = new WeakMap<OpenedDataDir, BundleService>();

  function bundlesOf(opened: OpenedDataDir): BundleService {
    let service = services.get(opened);
    if (service === undefined) {
      service = createBundleService(opened);
      services.set(opened, service);
    }
    return service;
  }

  function receive(file: ReceivedFile): ReceivedBundle {
    const fileId = randomUUID();
    received.set(fileId, file);
    while (received.size > MAX_RECEIVED) {
      const oldest = received.keys().next().value;
      if (oldest === undefined) break;
      received.delete(oldest);
    }
    return { fileId, fileName: file.fileName };
  }

  async function receivePath(path: string): Promise<ReceivedBundle> {
    return receive({ fileName: basename(path), bytes: await readBundleFile(path) });
  }

  function encryptionOf(request: { passphrase?: string | undefined; encrypt?: false | undefined }) {
    return request.passphrase === undefined ? { encrypt: false as const } : { passphrase: request.passphrase };
  }

  return {
    'sync.export': async (request) => {
      const opened = session.opened();
      // Unencrypted only on the user's own word to main's dialog; the page's `encrypt: false` merely asks.
      if (request.encrypt === false && !(await confirmWithUser(opened.platform, { kind: 'export-unencrypted' }))) return null;
      const chooseSaveFile = opened.platform.chooseSaveFile;
      if (chooseSaveFile === undefined) throw new DraaiboekError('USAGE', 'no save dialog on this platform', { detail: 'chooseSaveFile' });
      const current = opened.store.current;
      const path = await chooseSaveFile.call(opened.platform, {
        purpose: 'bundle',
        extensions: BUNDLE_EXTENSIONS,
        suggestedName: defaultBundleName(current.plan.content.meta.organisationName, current.revision),
      });
      if (path === undefined) return null;
      const result = await bundlesOf(opened).exportBundle({
        out: withBundleExtension(path),
        ...encryptionOf(request),
        ...(request.recipient === undefined ? {} : { recipient: request.recipient }),
      });
      return shownExport(result, []);
    },

    'sync.exportKit': async (request) => {
      const opened = session.opened();
      const language = await context.language.load();
      // Before anything is built or numbered in the register: the user, asked by main, decides what lies
      // readable on the stick; the page's arguments only say what to ask about.
      const readable = [
        ...(request.encrypt === false ? [defaultBundleName(opened.store.current.plan.content.meta.organisationName, opened.store.current.revision)] : []),
        ...(request.audience === 'crisis-team' ? kitDocumentNames(opened, { language, includePdf: request.includePdf, includeWord: request.includeWord }) : []),
      ];
      if (request.encrypt === false && !(await confirmWithUser(opened.platform, { kind: 'export-unencrypted' }))) return null;
      if (request.audience === 'crisis-team' && readable.length > 0) {
        if (!(await confirmWithUser(opened.platform, { kind: 'kit-readable-personal-data', files: readable }))) return null;
      }
      const chooseFolder = opened.platform.chooseFolder;
      if (chooseFolder === undefined) throw new DraaiboekError('USAGE', 'no folder dialog on this platform', { detail: 'chooseFolder' });
      const dir = await chooseFolder.call(opened.platform, { purpose: 'kit' });
      if (dir === undefined) return null;
      const { signerFingerprint } = await planViewOf(opened, undefined);
      const extras = await buildKitDocuments(opened, {
        audience: request.audience,
        language,
        includePdf: request.includePdf,
        includeWord: request.includeWord,
        recipient: request.recipient,
        dir,
        signerFingerprint,
      });
      const result = await bundlesOf(opened).exportBundle({
        ...encryptionOf(request),
        ...(request.recipient === undefined ? {} : { recipient: request.recipient }),
        // The bundle is the whole plan, for the crisis team; the documents beside it carry their own audience.
        audience: 'crisis-team',
        kit: { dir, extras, language },
      });
      return shownExport(result, result.kitFiles.map((file) => basename(file)));
    },

    'sync.chooseImport': async () => {
      const opened = session.opened();
      const chooseFile = opened.platform.chooseFile;
      if (chooseFile === undefined) throw new DraaiboekError('USAGE', 'no file dialog on this platform', { detail: 'chooseFile' });
      const path = await chooseFile.call(opened.platform, { purpose: 'bundle', extensions: BUNDLE_EXTENSIONS });
      return path === undefined ? null : receivePath(path);
    },

    'sync.receiveDropped': ({ fileName, bytes }) => Promise.resolve(receive({ fileName: basename(fileName), bytes })),

    'sync.takeOpened': async () => {
      const opened = session.opened();
      const path = opened.platform.takeOpenedFile?.call(opened.platform);
      return path === undefined ? null : receivePath(path);
    },

    'sync.preview': async ({ fileId, passphrase }): Promise<ImportPreviewView> => {
      const file = received.get(fileId);
      if (file === undefined) throw new DraaiboekError('BUNDLE_NOT_OPEN', 'this bundle is no longer open');
      const opened = session.opened();
      const preview = await bundlesOf(opened).previewImport({
        bytes: file.bytes,
        source: file.fileName,
        ...(passphrase === undefined ? {} : { passphrase }),
      });
      previews.set(preview.token, { fileId, signer: preview.signer });
      while (previews.size > MAX_RECEIVED) {
        const oldest = previews.keys().next().value;
        if (oldest === undefined) break;
        previews.delete(oldest);
      }
      const nameOf = await deviceNamesOf(opened);
      return {
        token: preview.token,
        fileName: file.fileName,
        kind: preview.kind,
        encrypted: preview.encrypted,
        planId: preview.planId,
        title: preview.title,
        organisationName: preview.organisationName,
        revision: preview.revision,
        savedAt: preview.savedAt,
        exportedAt: preview.exportedAt,
        currentRevision: preview.currentRevision,
        signer: { ...preview.signer },
        changes: preview.changes.map((entry) => ({ ...entry, changed: entry.changed.map((record) => ({ ...record })) })),
        newConflicts: preview.newConflicts.map((conflict) => conflictItem(conflict, nameOf)),
        crisis: await crisisImportSummaryOf(opened, preview.crises),
      };
    },

    'sync.apply': planMutation<'sync.apply', Awaited<ReturnType<BundleService['applyImport']>>>({
      // Undo restores a whole earlier revision: after an import that would silently drop the colleague's
      // changes with one's own, so the edits before an import can no longer be undone one by one.
      undo: 'forget',
      alsoAnnounce: (outcome) =>
        outcome.applied ? outcome.crises.map((crisis) => ({ event: 'crisis.changed' as const, payload: { crisisId: crisis.crisisId, eventCount: crisis.eventCount } })) : [],
      run: async ({ token, trustSigner: asked }) => {
        const opened = session.opened();
        // The page may only ask: whether a new signer is trusted is the user's answer to main's own dialog.
        const signer = previews.get(token)?.signer;
        const trustSigner = asked && signer !== undefined && (await decideSignerTrust(opened, signer));
        const outcome = await bundlesOf(opened).applyImport({ token }, { trustSigner });
        if (outcome.applied) {
          const applied = previews.get(token);
          if (applied !== undefined) received.delete(applied.fileId);
        }
        return outcome;
      },
      present: async (outcome, undoTo) => ({
        applied: outcome.applied,
        kind: outcome.kind,
        revision: outcome.revision,
        newConflicts: outcome.newConflicts.length,
        crisisEventsAdded: outcome.crises.reduce((sum, crisis) => sum + crisis.added, 0),
        plan: await planViewOf(session.opened(), undoTo),
      }),
    }),

    'sync.conflicts': async () => {
      const opened = session.opened();
      const nameOf = await deviceNamesOf(opened);
      return (await bundlesOf(opened).listConflicts()).map((conflict) => conflictItem(conflict, nameOf));
    },

    'sync.resolve': planMutation<'sync.resolve', unknown>({
      run: (key, choice) => bundlesOf(session.opened()).resolveConflict(key, choice),
      present: (_, undoTo) => planViewOf(session.opened(), undoTo),
    }),

    'sync.log': async () => {
      const opened = session.opened();
      return (await bundlesOf(opened).syncLog()).map((entry) => ({ ...entry, ...(entry.imported === undefined ? {} : { imported: { ...entry.imported } }) }));
    },
  };
}
