// A child process that saves revisions of the plan in a loop, as fast as it can, reporting each durable
// revision on stdout. The crash tests kill it with SIGKILL at random moments.
import { createPassphraseProtector } from '../../crypto/key-protection.js';
import type { Platform } from '../../platform.js';
import { openDataDir } from '../../services/open-data-dir.js';
import { createPlanService } from '../../services/plan-service.js';

const [dataDir] = process.argv.slice(2);
if (dataDir === undefined) throw new Error('usage: save-loop DATA_DIR');

const platform: Platform = {
  secretProtector: () => Promise.resolve(createPassphraseProtector(process.env['DRAAIBOEK_PASSPHRASE'] ?? '')),
  deviceName: () => 'crash-test',
  now: () => new Date(),
};

const opened = await openDataDir(dataDir, platform, 'write');
const plans = createPlanService(opened);
for (let round = 0; ; round += 1) {
  // Vary the size so that a torn write would show as a truncated or mixed file.
  const purpose = `Ronde ${round}: ${'continuïteit '.repeat(round % 97)}`;
  const signed = await plans.apply([{ op: 'updateMeta', set: { versionLabel: `r${round}`, purpose } }]);
  process.stdout.write(`committed ${signed.revision}\n`);
}
