// A child process that saves revisions of the plan in a loop, as fast as it can, reporting each durable
// revision on stdout. The crash tests kill it with SIGKILL at random moments.
import { openDataDir } from '../../data-dir/open-data-dir.js';
import { createPlanService } from '../../plan/plan-service.js';
import { testKeystorePlatform } from '../../test-support/test-key-store.js';

const [dataDir] = process.argv.slice(2);
if (dataDir === undefined) throw new Error('usage: save-loop DATA_DIR');

// The test's key store stand-in, not a passphrase: a round then costs a process start, not a scrypt unlock.
const platform = testKeystorePlatform({ storeKeyHex: process.env['DRAAIBOEK_TEST_KEYSTORE_KEY'] ?? '', name: 'crash-test' });

const opened = await openDataDir(dataDir, platform, 'write');
const plans = createPlanService(opened);
for (let round = 0; ; round += 1) {
  // Vary the size so that a torn write would show as a truncated or mixed file.
  const purpose = `Ronde ${round}: ${'continuïteit '.repeat(round % 97)}`;
  const signed = await plans.apply([{ op: 'updateMeta', set: { versionLabel: `r${round}`, purpose } }]);
  process.stdout.write(`committed ${signed.revision}\n`);
}
