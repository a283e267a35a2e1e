// A child process that appends crisis events as fast as it can, reporting each durable one on stdout as
// "appended <seq>". The crash test kills it with SIGKILL at random moments. Its key is a raw test key
// handed over in the environment, so a round costs no key derivation.
import { createClock } from '../../../../shared/plan/sync/hlc.js';
import { keyPairFromPrivateKey, nodeIdOf, privateKeyFromPkcs8, publicKeyFromRaw } from '../../crypto/keys.js';
import { CrisisLogWriter } from '../crisis-log-store.js';

const [dataDir, crisisId] = process.argv.slice(2);
if (dataDir === undefined || crisisId === undefined) throw new Error('usage: append-loop DATA_DIR CRISIS_ID');
const key = keyPairFromPrivateKey(privateKeyFromPkcs8(Buffer.from(process.env['DRAAIBOEK_TEST_KEY'] ?? '', 'hex')));
const publicKey = publicKeyFromRaw(key.publicKey);
const writer = new CrisisLogWriter(dataDir, () => Promise.resolve(key), (keyid) => (keyid === key.keyid ? { publicKey } : undefined), createClock(nodeIdOf(key.keyid)));

for (let round = 0; ; round += 1) {
  // Vary the size so that a torn write would show as a cut-off or joined line.
  const message = `Ronde ${round}: ${'continuïteit '.repeat(round % 313)}`;
  const event = await writer.append(crisisId, { kind: 'log-entry', data: { at: new Date().toISOString(), message } }, { create: true });
  process.stdout.write(`appended ${event.signed.seq}\n`);
}
