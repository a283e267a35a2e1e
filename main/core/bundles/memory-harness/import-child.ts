import { isDraaiboekError } from '../../../../shared/errors.js';
import { openDataDir } from '../../data-dir/open-data-dir.js';
import { testPlatform } from '../../test-support/temp-data-dir.js';
import { createBundleService, readBundleFile } from '../bundle-service.js';

/*
 * One import of one bundle file in a process of its own, so the parent can read this process's peak memory
 * alone: `import-child <dataDir> <bundle> [passphrase]` previews and applies it, then prints one JSON line with
 * the outcome and the peak resident set size in bytes.
 */
const [dataDir = '', bundlePath = '', passphrase] = process.argv.slice(2);

async function importOnce(): Promise<string> {
  const opened = await openDataDir(dataDir, testPlatform(), 'write');
  try {
    const bundles = createBundleService(opened);
    const bytes = await readBundleFile(bundlePath);
    const source = { bytes, ...(passphrase === undefined ? {} : { passphrase }) };
    const preview = await bundles.previewImport(source);
    const outcome = await bundles.applyImport({ token: preview.token }, { trustSigner: true });
    return outcome.applied ? `applied:${outcome.kind}` : `not-applied:${outcome.kind}`;
  } catch (error) {
    if (isDraaiboekError(error)) return error.code;
    throw error;
  } finally {
    await opened.close();
  }
}

const outcome = await importOnce();
process.stdout.write(`${JSON.stringify({ outcome, peakRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`);
