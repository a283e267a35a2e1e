import { z } from 'zod';
import { DraaiboekError } from '../../../shared/errors.js';
import type { OpenedDataDir } from '../services/open-data-dir.js';
import { readUntrustedFileBytes } from '../safe-json/safe-parse.js';
import { describeZodError } from '../store/describe-zod-error.js';
import { MAX_BUNDLE_BYTES } from './bundle-format.js';
import { bundleTrustOf } from './bundle-trust.js';
import { listConflicts, resolvePlanConflict } from './conflict-service.js';
import { exportBundle } from './export-bundle.js';
import { createBundleImporter } from './import-bundle.js';
import { inspectBundle } from './inspect-bundle.js';
import { syncLog } from './sync-log.js';

const inspectRequestSchema = z.strictObject({
  bytes: z.instanceof(Uint8Array),
  passphrase: z.string().min(1).max(1_024).optional(),
});

/** Read a bundle file from a stick, refusing an oversized one before reading a byte of it. */
export function readBundleFile(path: string): Promise<Uint8Array> {
  return readUntrustedFileBytes(path, { maxBytes: MAX_BUNDLE_BYTES });
}

/**
 * The USB sync use cases over one open data folder, for the three doors (Electron IPC, CLI, e2e bridge).
 * Arguments and results are plain values (file contents as Uint8Array), validated here whatever the door.
 */
export function createBundleService(opened: OpenedDataDir) {
  const importer = createBundleImporter(opened);
  return {
    exportBundle: (request: unknown) => exportBundle(opened, request),
    async inspectBundle(rawRequest: unknown) {
      const parsed = inspectRequestSchema.safeParse(rawRequest);
      if (!parsed.success) throw new DraaiboekError('USAGE', 'bad inspect request', { detail: describeZodError(parsed.error) });
      return inspectBundle(parsed.data.bytes, parsed.data.passphrase, await bundleTrustOf(opened));
    },
    previewImport: importer.previewImport,
    applyImport: importer.applyImport,
    listConflicts: () => Promise.resolve(listConflicts(opened)),
    resolveConflict: (key: unknown, choice: unknown) => resolvePlanConflict(opened, key, choice),
    syncLog: () => syncLog(opened.dataDir),
  };
}

export type BundleService = ReturnType<typeof createBundleService>;
