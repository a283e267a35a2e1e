// One start of main, in a process of its own (module loading happens once per process): the import of the
// services behind the contract and the opening of a data folder, or (`baseline`) the least a start must do.
// Prints the milliseconds as JSON on stdout.
import { performance } from 'node:perf_hooks';

const [mode, dataDir] = process.argv.slice(2);
if (dataDir === undefined) throw new Error('usage: start-child.ts main|baseline DATA_DIR');

const started = performance.now();
if (mode === 'baseline') {
  const { createHash } = await import('node:crypto');
  const { readFile } = await import('node:fs/promises');
  const { join } = await import('node:path');
  createHash('sha256').update(await readFile(join(dataDir, 'plan.json'))).digest();
} else {
  const { createApiHandlers } = await import('../../main/core/api/api-handlers.js');
  const { createAppSession } = await import('../../main/core/api/app-session.js');
  const { createPassphraseBox } = await import('../../main/core/data-dir/passphrase-box.js');
  const { testPlatform } = await import('../../main/core/test-support/temp-data-dir.js');
  const imported = performance.now() - started;
  const session = createAppSession({ dataDir, platform: testPlatform(), passphrases: createPassphraseBox() });
  await session.start();
  const handlers = createApiHandlers({ session, emit: () => undefined, defaultLanguage: 'nl' });
  const view = await handlers['plan.current']();
  if (!view.ok) throw new Error(view.error.code);
  const elapsed = performance.now() - started;
  await session.close();
  console.log(JSON.stringify({ ms: elapsed, importMs: imported }));
  process.exit(0);
}
const elapsed = performance.now() - started;
console.log(JSON.stringify({ ms: elapsed, importMs: elapsed }));
