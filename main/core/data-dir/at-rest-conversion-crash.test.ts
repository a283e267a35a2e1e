import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCrisisService } from '../crisis/crisis-service.js';
import { isAgeBytes } from '../crypto/age-file.js';
import { createPlanService } from '../plan/plan-service.js';
import { bundleHarnessScript } from '../store/crash-harness/run-crash-rounds.js';
import { dataDirLayout } from '../store/data-dir-layout.js';
import { readVerifiedPlanFile } from '../store/plan-file.js';
import { initTempDataDir, removeTempDir } from '../test-support/temp-data-dir.js';
import { testKeystorePlatform } from '../test-support/test-key-store.js';
import { contentFiles, crisisLogFiles } from './at-rest-conversion.js';
import { openDataDir } from './open-data-dir.js';

// Per direction; a conversion of this folder takes a few tens of milliseconds.
const ROUNDS = Number(process.env['DRAAIBOEK_CONVERSION_CRASH_ROUNDS'] ?? 30);
const platform = testKeystorePlatform();
let dataDir: string;
let script: string;
let revision: number;
let crisisId: string;
const CRISIS_EVENTS = 1 + 20;

beforeAll(async () => {
  ({ dataDir } = await initTempDataDir({ kind: 'sample' }, platform));
  const opened = await openDataDir(dataDir, platform, 'write');
  const plans = createPlanService(opened);
  for (let index = 0; index < 12; index += 1) await plans.apply([{ op: 'updateMeta', set: { versionLabel: `v${index}` } }]);
  revision = opened.store.current.revision;
  const crisis = createCrisisService(opened);
  ({ crisisId } = await crisis.start({ scenarioIds: [], other: { description: 'Stroomuitval' }, by: 'Marieke', exercise: true }));
  for (let index = 1; index < CRISIS_EVENTS; index += 1) {
    await crisis.append(crisisId, { kind: 'log-entry', data: { at: new Date().toISOString(), message: `Melding ${index}: 06-1234567${index % 10}` } });
  }
  await opened.close();
  script = await bundleHarnessScript(new URL('../store/crash-harness/convert-once.ts', import.meta.url), 'convert-once');
});

afterAll(async () => {
  await rm(script, { force: true });
  await removeTempDir(join(dataDir, '..'));
});

/** Run one conversion and kill it `delayMs` after it opened the folder; true when it had finished by then. */
function killDuringConversion(direction: 'on' | 'off', delayMs: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, dataDir, direction], {
      env: { ...process.env, DRAAIBOEK_TEST_KEYSTORE_KEY: platform.storeKeyHex },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (timer === undefined && out.includes('opened\n')) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(out.includes('converted\n')) : reject(new Error(`conversion ended on its own (${code}): ${err}`))));
  });
}

/** Read beside the cut-off writer: the plan and every revision verify, every content file opens. */
async function expectReadable(): Promise<{ mode: 'plain' | 'age'; pending: boolean }> {
  const opened = await openDataDir(dataDir, platform, 'read');
  try {
    expect(opened.store.current.revision).toBe(revision);
    const atRest = opened.atRest();
    const layout = dataDirLayout(dataDir);
    for (const path of await contentFiles(layout)) {
      const content = atRest.open(await readFile(path), path);
      if (path !== layout.copiesFile) await readVerifiedPlanFile(path, opened.lookup, atRest);
      expect(content.length).toBeGreaterThan(0);
    }
    const crisis = await createCrisisService(opened).get(crisisId);
    expect(crisis.problems).toEqual([]);
    expect(crisis.state.eventCount).toBe(CRISIS_EVENTS);
    const { mode, pending } = opened.state.value.atRest;
    if (!pending) await expectAllIn(mode);
    return { mode, pending };
  } finally {
    await opened.close();
  }
}

async function expectAllIn(mode: 'plain' | 'age'): Promise<void> {
  for (const path of await contentFiles(dataDirLayout(dataDir))) expect(isAgeBytes(await readFile(path)), path).toBe(mode === 'age');
  const logs = await crisisLogFiles(dataDirLayout(dataDir));
  expect(logs).toHaveLength(1);
  for (const path of logs) {
    for (const line of (await readFile(path, 'utf8')).trimEnd().split('\n')) expect(line.startsWith('{'), path).toBe(mode === 'plain');
  }
}

describe('turning encryption at rest on or off, killed at any moment', () => {
  it(`leaves the old form or the new one, readable, and the next opening completes it (${ROUNDS} SIGKILLs each way)`, { timeout: 600_000 }, async () => {
    const kills = { on: { cut: 0, done: 0 }, off: { cut: 0, done: 0 } };
    let direction: 'on' | 'off' = 'on';
    while (kills.on.cut + kills.on.done < ROUNDS || kills.off.cut + kills.off.done < ROUNDS) {
      const finished = await killDuringConversion(direction, Math.random() * 60);
      const { mode, pending } = await expectReadable();
      kills[direction][finished ? 'done' : 'cut'] += 1;
      if (finished) expect({ mode, pending }).toEqual({ mode: direction === 'on' ? 'age' : 'plain', pending: false });
      // The next round goes the other way once this one is through; a cut-off one is completed by its next opening.
      if (!pending) direction = mode === 'age' ? 'off' : 'on';
    }
    // Kills landed inside conversions of both directions.
    expect(kills.on.cut).toBeGreaterThan(0);
    expect(kills.off.cut).toBeGreaterThan(0);
    const reopened = await openDataDir(dataDir, platform, 'write');
    const { atRest } = reopened.state.value;
    expect(atRest.pending).toBe(false);
    expect(reopened.store.current.revision).toBe(revision);
    await reopened.close();
    await expectAllIn(atRest.mode);
  });
});
