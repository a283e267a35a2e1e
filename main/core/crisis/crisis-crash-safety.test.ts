import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDeviceKeyPair, privateKeyToPkcs8 } from '../crypto/keys.js';
import { bundleHarnessScript } from '../store/crash-harness/run-crash-rounds.js';
import { makeTempDir, removeTempDir } from '../test-support/temp-data-dir.js';
import { readCrisisLog } from './crisis-log-store.js';
import { lookupOf, TEST_CRISIS_ID } from './test-support/crisis-test-kit.js';

// 200 in the normal run; `DRAAIBOEK_CRASH_ROUNDS=1000` for a longer soak.
const ROUNDS = Number(process.env['DRAAIBOEK_CRASH_ROUNDS'] ?? 200);
const key = generateDeviceKeyPair();
let dataDir: string;
let script: string;

beforeAll(async () => {
  dataDir = await makeTempDir('draaiboek-crisis-crash-');
  script = await bundleHarnessScript(new URL('./crash-harness/append-loop.ts', import.meta.url), 'crisis-append-loop');
});

afterAll(async () => {
  await rm(script, { force: true });
  await removeTempDir(dataDir);
});

/** Run the append loop, kill it `delayMs` after its first durable append, and return the last seq it reported. */
function killDuringAppends(delayMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, dataDir, TEST_CRISIS_ID], {
      env: { ...process.env, DRAAIBOEK_TEST_KEY: privateKeyToPkcs8(key.privateKey).toString('hex') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let last = 0;
    let buffered = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      let newline = buffered.indexOf('\n');
      while (newline >= 0) {
        const match = /^appended (\d+)$/.exec(buffered.slice(0, newline));
        buffered = buffered.slice(newline + 1);
        newline = buffered.indexOf('\n');
        if (match?.[1] === undefined) continue;
        last = Number(match[1]);
        timer ??= setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (timer !== undefined) clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`append loop ended on its own (code ${code}): ${stderr}`));
      else resolve(last);
    });
  });
}

describe('a crisis append killed at any moment', () => {
  it(`keeps every acknowledged event and a log that verifies (${ROUNDS} SIGKILLs)`, { timeout: Math.max(600_000, ROUNDS * 3_000) }, async () => {
    const lookup = lookupOf([key]);
    let previous = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const acknowledged = await killDuringAppends(Math.random() * 8);
      expect(acknowledged).toBeGreaterThan(previous);
      const log = await readCrisisLog(dataDir, TEST_CRISIS_ID, lookup);
      // Nothing refused, no broken link: a cut-off write is only ever a torn tail, which reading skips.
      expect(log.problems).toEqual([]);
      const seqs = log.events.map((event) => event.signed.seq);
      expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, index) => index + 1));
      // Every event reported durable is there; at most the one being written when the kill came is more.
      expect([acknowledged, acknowledged + 1]).toContain(seqs.length);
      previous = seqs.length;
    }
  });
});
