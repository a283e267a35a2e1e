import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DraaiboekError } from '../../../shared/errors.js';
import { translateRuntime, createTranslator } from '../../../shared/i18n/index.js';
import { loadDeviceKey } from '../crypto/device-key-store.js';
import { createPassphraseProtector } from '../crypto/key-protection.js';
import { snapshotDir, TEST_PASSPHRASE } from '../test-support/temp-data-dir.js';
import { resignPlan, stampAt } from './test-support/hostile-corpus.js';
import { makeLaptop, makeStick, type Laptop } from './test-support/laptops.js';

let coordinator: Laptop;
let member: Laptop;
let colleague: Laptop;
let stick: Awaited<ReturnType<typeof makeStick>>;

beforeAll(async () => {
  coordinator = await makeLaptop('Laptop BCM-coördinator', { kind: 'sample' });
  // A laptop whose clock runs three years ahead: its stamps would win every later edit everywhere.
  member = await makeLaptop('Laptop met verkeerde klok', { kind: 'sample' }, () => new Date(Date.now() + 3 * 365 * 24 * 3600 * 1000));
  colleague = await makeLaptop('Laptop collega');
  stick = await makeStick();
});

afterAll(async () => {
  await Promise.all([coordinator.remove(), member.remove(), colleague.remove(), stick.remove()]);
});

async function refusalOf(promise: Promise<unknown>): Promise<DraaiboekError> {
  const error: unknown = await promise.then(() => undefined, (reason: unknown) => reason);
  if (!(error instanceof DraaiboekError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe('a bundle from a laptop whose clock runs years ahead', () => {
  it('is refused with the date, and changes nothing', async () => {
    await member.use(({ plan }) => plan.apply([{ op: 'updateMeta', set: { versionLabel: 'uit de toekomst' } }]));
    const bytes = await member.exportTo(stick.dir, 'toekomst.draaiboek');
    const before = await snapshotDir(coordinator.dataDir);
    await expect(coordinator.use(({ bundles }) => bundles.previewImport({ bytes }))).rejects.toMatchObject({ code: 'CLOCK_SKEW' });
    expect(await snapshotDir(coordinator.dataDir)).toEqual(before);
  });

  it('names a date in the year 33658 readably, in both languages', async () => {
    const fresh = await coordinator.exportTo(stick.dir, 'ver.draaiboek');
    const key = await loadDeviceKey(coordinator.dataDir, createPassphraseProtector(TEST_PASSPHRASE));
    const node = key.keyid.slice(0, 16);
    const bytes = resignPlan(fresh, key, (sync) => (sync['versionVector'] = { [node]: stampAt(999_999_999_999_999, node) }));
    const before = await snapshotDir(colleague.dataDir);
    const error = await refusalOf(colleague.use(({ bundles }) => bundles.previewImport({ bytes })));
    expect(error.code).toBe('CLOCK_SKEW');
    expect(error.params['date']).toBe('33658-09-27');
    for (const language of ['nl', 'en'] as const) {
      const message = translateRuntime(createTranslator(language), 'error.CLOCK_SKEW', error.params);
      expect(message).toContain('33658-09-27');
      expect(message).not.toMatch(/\+0|\{/);
    }
    expect(await snapshotDir(colleague.dataDir)).toEqual(before);
  });

  it('is refused for one field stamped five years ahead behind a normal version vector', async () => {
    const fresh = await coordinator.exportTo(stick.dir, 'veld.draaiboek');
    const key = await loadDeviceKey(coordinator.dataDir, createPassphraseProtector(TEST_PASSPHRASE));
    const node = key.keyid.slice(0, 16);
    const inFiveYears = Date.now() + 5 * 365 * 24 * 3600 * 1000;
    const bytes = resignPlan(fresh, key, (sync) => {
      const meta = (sync['stamps'] as Record<string, Record<string, Record<string, string>>>)['meta'];
      if (meta?.['plan'] !== undefined) meta['plan']['title'] = stampAt(inFiveYears, node);
    });
    const before = await snapshotDir(colleague.dataDir);
    const error = await refusalOf(colleague.use(({ bundles }) => bundles.applyImport({ bytes }, { trustSigner: true })));
    expect(error).toMatchObject({ code: 'CLOCK_SKEW', params: { place: 'meta/plan.title' } });
    expect(await snapshotDir(colleague.dataDir)).toEqual(before);
  });
});
