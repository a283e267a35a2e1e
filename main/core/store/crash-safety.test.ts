import { spawn } from 'node:child_process';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTrustStore } from '../crypto/trust-store.js';
import { openDataDir } from '../data-dir/open-data-dir.js';
import { initTempDataDir, removeTempDir } from '../test-support/temp-data-dir.js';
import { testKeystorePlatform } from '../test-support/test-key-store.js';
import { bundleSaveLoop, checkAfterKill, killDuringSaves } from './crash-harness/run-crash-rounds.js';

// 200 in the normal run; `npm run stress:kill` runs 1,000.
const ROUNDS = Number(process.env['DRAAIBOEK_CRASH_ROUNDS'] ?? 200);
const platform = testKeystorePlatform();
let dataDir: string;
let script: string;

beforeAll(async () => {
  ({ dataDir } = await initTempDataDir({ kind: 'sample' }, platform));
  script = await bundleSaveLoop();
});

afterAll(async () => {
  await rm(script, { force: true });
  await removeTempDir(join(dataDir, '..'));
});

describe('two processes on one data folder', () => {
  it('refuses the second while the first is saving, and lets it in once the first is gone', async () => {
    const child = spawn(process.execPath, [script, dataDir], {
      env: { ...process.env, DRAAIBOEK_TEST_KEYSTORE_KEY: platform.storeKeyHex },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    await expect(openDataDir(dataDir, platform, 'write')).rejects.toMatchObject({
      code: 'STORE_LOCKED',
      params: { pid: child.pid },
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    const opened = await openDataDir(dataDir, platform, 'write');
    expect(opened.store.status.state).toBe('ready');
    await opened.close();
  });
});

describe('a save killed at any moment', () => {
  it(`leaves a plan that verifies as the old or the new revision (${ROUNDS} SIGKILLs)`, { timeout: Math.max(600_000, ROUNDS * 3_000) }, async () => {
    const trust = await loadTrustStore(dataDir);
    const lookup = (keyid: string) => trust.lookup(keyid);
    const seen = new Set<'old' | 'new'>();
    let previous = 1;
    for (let round = 0; round < ROUNDS; round += 1) {
      // Random moments spread over whole saves: a save of the sample plan takes from a few milliseconds to a few
      // tens on a busy machine, so the moments reach well past one save.
      const lastReported = await killDuringSaves(script, dataDir, platform.storeKeyHex, Math.random() * 40, 1 + (round % 3));
      const { found } = await checkAfterKill(dataDir, lookup, lastReported);
      expect([lastReported, lastReported + 1]).toContain(found);
      expect(found).toBeGreaterThan(previous);
      seen.add(found === lastReported ? 'old' : 'new');
      previous = found;
    }
    // The kills landed both between saves and inside them.
    expect(seen.size).toBe(2);
    // No plan was ever refused, and opening again clears what the cut-off saves left behind.
    expect(await readdir(dataDir)).not.toContain('rejected');
    const reopened = await openDataDir(dataDir, platform, 'write');
    expect(reopened.store.current.revision).toBe(previous);
    await reopened.close();
    const leftovers = [...(await readdir(dataDir)), ...(await readdir(join(dataDir, 'history')))].filter((name) =>
      name.endsWith('.tmp'),
    );
    expect(leftovers).toEqual([]);
  });
});
