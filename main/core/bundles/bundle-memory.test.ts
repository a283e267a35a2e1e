import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDeviceKey } from '../crypto/device-key-store.js';
import { createPassphraseProtector } from '../crypto/key-protection.js';
import { TEST_PASSPHRASE } from '../test-support/temp-data-dir.js';
import { encryptWithPassphrase, MAX_WORK_FACTOR } from './age-passphrase.js';
import { MAX_BUNDLE_BYTES } from './bundle-format.js';
import { bundleImportChild, importInChild, removeImportChild } from './memory-harness/run-import-child.js';
import { resignPlan } from './test-support/hostile-corpus.js';
import { makeLaptop, makeStick, type Laptop } from './test-support/laptops.js';

/** What a municipal laptop can spare for reading one bundle, whatever the bundle holds. */
const PEAK_BUDGET_BYTES = 512 * 1024 * 1024;
const MiB = 1024 * 1024;

let coordinator: Laptop;
let member: Laptop;
let stick: Awaited<ReturnType<typeof makeStick>>;
let child: string;
let fresh: Uint8Array;

beforeAll(async () => {
  [coordinator, member, stick, child] = await Promise.all([
    makeLaptop('Laptop coördinator', { kind: 'sample' }),
    makeLaptop('Laptop Henk'),
    makeStick(),
    bundleImportChild(),
  ]);
  fresh = await coordinator.exportTo(stick.dir, 'fresh.draaiboek');
}, 60_000);

afterAll(async () => {
  await Promise.all([coordinator.remove(), member.remove(), stick.remove(), removeImportChild(child)]);
});

/**
 * The largest validly signed bundle the caps let through: the sample plan with one conflict whose value fills
 * the rest of the size cap (a conflict value is the one place a plan holds JSON of any shape and size).
 */
async function largestValidBundle(): Promise<Uint8Array> {
  const key = await loadDeviceKey(coordinator.dataDir, createPassphraseProtector(TEST_PASSPHRASE));
  const sync = (JSON.parse(Buffer.from(fresh).toString('utf8')) as { plan: { signed: { plan: { sync: { versionVector: Record<string, string> } } } } }).plan.signed.plan.sync;
  const stamp = Object.values(sync.versionVector)[0] ?? '';
  const room = MAX_BUNDLE_BYTES - fresh.length - 64 * 1024;
  // Mostly ASCII with one character outside Latin-1, so the text decodes to two bytes a character.
  const value = `€${'x'.repeat(room - 4)}`;
  const bytes = resignPlan(fresh, key, (draft) => {
    draft['conflicts'] = [{ collection: 'meta', recordId: 'plan', field: 'title', value, stamp }];
  });
  expect(bytes.length).toBeLessThanOrEqual(MAX_BUNDLE_BYTES);
  expect(bytes.length).toBeGreaterThan(MAX_BUNDLE_BYTES - MiB);
  return bytes;
}

describe('memory for reading a bundle', () => {
  it(`stays within ${PEAK_BUDGET_BYTES / MiB} MiB for a bundle at the highest work factor and a wrong passphrase`, async () => {
    const path = join(stick.dir, 'zwaar.draaiboek');
    await writeFile(path, (await encryptWithPassphrase(fresh, 'de goede wachtwoordzin', MAX_WORK_FACTOR)).ciphertext);
    const result = await importInChild(child, member.dataDir, path, 'een verkeerde wachtwoordzin');
    console.info(`work factor ${MAX_WORK_FACTOR}, wrong passphrase: peak ${(result.peakRssBytes / MiB).toFixed(0)} MiB`);
    expect(result.outcome).toBe('BUNDLE_PASSPHRASE_WRONG');
    expect(result.peakRssBytes).toBeLessThan(PEAK_BUDGET_BYTES);
  }, 60_000);

  it(`stays within ${PEAK_BUDGET_BYTES / MiB} MiB for the largest validly signed bundle the size cap allows`, async () => {
    const path = join(stick.dir, 'groot.draaiboek');
    await writeFile(path, await largestValidBundle());
    const result = await importInChild(child, member.dataDir, path);
    console.info(`largest bundle (${(MAX_BUNDLE_BYTES / MiB).toFixed(0)} MiB cap): peak ${(result.peakRssBytes / MiB).toFixed(0)} MiB`);
    expect(result.outcome).toBe('applied:adopt');
    expect(result.peakRssBytes).toBeLessThan(PEAK_BUDGET_BYTES);
  }, 120_000);
});
