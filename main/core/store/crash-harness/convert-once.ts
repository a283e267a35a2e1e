// A child process that opens a data folder (completing any conversion a kill cut off) and turns encryption at
// rest on or off, then waits to be killed. The crash tests kill it with SIGKILL at random moments.
import { openDataDir } from '../../data-dir/open-data-dir.js';
import { testKeystorePlatform } from '../../test-support/test-key-store.js';

const [dataDir, direction] = process.argv.slice(2);
if (dataDir === undefined || (direction !== 'on' && direction !== 'off')) throw new Error('usage: convert-once DATA_DIR on|off');

const platform = testKeystorePlatform({ storeKeyHex: process.env['DRAAIBOEK_TEST_KEYSTORE_KEY'] ?? '', name: 'crash-test' });
process.stdout.write('started\n');
const opened = await openDataDir(dataDir, platform, 'write');
process.stdout.write('opened\n');
await opened.setEncryptionAtRest(direction === 'on');
process.stdout.write('converted\n');
setInterval(() => undefined, 60_000);
