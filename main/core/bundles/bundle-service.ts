import type { ConflictChoice } from '../../../shared/plan/sync/index.js';
import type { OpenedDataDir } from '../data-dir/open-data-dir.js';
import { readUntrustedFileBytes } from '../safe-json/safe-parse.js';
import { MAX_BUNDLE_BYTES } from './bundle-format.js';
import { listConflicts, resolvePlanConflict } from './conflict-service.js';
import { exportBundle, type ExportRequest } from './export-bundle.js';
import { createBundleImporter } from './import-bundle.js';
import { syncLog } from './sync-log.js';

/** Read a bundle file from a stick, refusing an oversized one before reading a byte of it. */
export function readBundleFile(path: string): Promise<Uint8Array> {
  return readUntrustedFileBytes(path, { maxBytes: MAX_BUNDLE_BYTES });
}

/**
 * The USB sync use cases over one open data folder, for the three doors (Electron IPC, CLI, e2e bridge).
 * Arguments and results are plain values (file contents as Uint8Array), typed by the contract: each door
 * validated them at its edge.
 */
export function createBundleService(opened: OpenedDataDir) {
  const importer = createBundleImporter(opened);
  return {
    exportBundle: (request: ExportRequest) => exportBundle(opened, request),
    previewImport: importer.previewImport,
    applyImport: importer.applyImport,
    listConflicts: () => Promise.resolve(listConflicts(opened)),
    resolveConflict: (key: string, choice: ConflictChoice) => resolvePlanConflict(opened, key, choice),
    syncLog: () => syncLog(opened.dataDir),
  };
}

export type BundleService = ReturnType<typeof createBundleService>;
