import { truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DraaiboekError, errorCodes } from '../../../shared/errors.js';
import { catalogs, isMessageKey } from '../../../shared/i18n/index.js';
import { readDevicePublicKey, loadDeviceKey } from '../crypto/device-key-store.js';
import { createPassphraseProtector } from '../crypto/key-protection.js';
import { createPrng } from '../fixtures/prng.js';
import { openDataDir } from '../data-dir/open-data-dir.js';
import { snapshotDir, TEST_PASSPHRASE } from '../test-support/temp-data-dir.js';
import { encryptWithPassphrase } from './age-passphrase.js';
import { MAX_BUNDLE_BYTES } from './bundle-format.js';
import { createBundleService, readBundleFile, type BundleService } from './bundle-service.js';
import { buildHostileCorpus, type HostileCase } from './test-support/hostile-corpus.js';
import { makeLaptop, makeStick, type Laptop } from './test-support/laptops.js';

const PASSPHRASE = 'zeven blauwe fietsen';

/** The refusal: a DraaiboekError with a known code and a message in both languages. */
async function refusalOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof DraaiboekError)) throw error;
    expect(errorCodes).toContain(error.code);
    const key = `error.${error.code}`;
    expect(isMessageKey(key)).toBe(true);
    if (isMessageKey(key)) expect(catalogs.en[key]).not.toBe('');
    return error.code;
  }
  return 'accepted';
}

describe('hostile bundles', () => {
  const laptops: Laptop[] = [];
  let stick: Awaited<ReturnType<typeof makeStick>>;
  let target: Laptop;
  let corpus: HostileCase[];
  let fresh: Uint8Array;

  beforeAll(async () => {
    stick = await makeStick();
    const coordinator = await makeLaptop('Laptop coördinator', { kind: 'sample' });
    target = await makeLaptop('Laptop Henk');
    const stranger = await makeLaptop('Laptop onbekend');
    const removed = await makeLaptop('Laptop ingetrokken');
    const otherPlan = await makeLaptop('Laptop Buurdorp');
    laptops.push(coordinator, target, stranger, removed, otherPlan);

    await coordinator.use(({ plan }) => plan.apply([{ op: 'updateMeta', set: { reviewDue: '2027-05-01' } }]));
    const older = await coordinator.exportTo(stick.dir, 'older.draaiboek');
    for (const laptop of [target, stranger, removed]) {
      await laptop.use(({ bundles }) => bundles.applyImport({ bytes: older }, { trustSigner: true }));
      await laptop.use(({ plan }) => plan.apply([{ op: 'updateMeta', set: { versionLabel: laptop.name } }]));
    }
    await coordinator.use(({ plan }) => plan.apply([{ op: 'updateMeta', set: { reviewDue: '2027-06-01' } }]));
    fresh = await coordinator.exportTo(stick.dir, 'fresh.draaiboek');
    await otherPlan.use(({ plan }) => plan.apply([{ op: 'updateMeta', set: { organisationName: 'Gemeente Buurdorp' } }]));

    const removedKey = await readDevicePublicKey(removed.dataDir);
    // Trusted and then removed the way the app does it: in the protected state record and trust.json alike.
    const trusting = await openDataDir(target.dataDir, target.platform, 'write');
    try {
      await trusting.trustSigner({ publicKey: removedKey.publicKey, name: 'Laptop ingetrokken', addedHow: 'fingerprint-confirmed' });
      await trusting.removeSigner(removedKey.keyid);
    } finally {
      await trusting.close();
    }

    corpus = await buildHostileCorpus({
      fresh,
      older,
      stranger: await stranger.exportTo(stick.dir, 'stranger.draaiboek'),
      removed: await removed.exportTo(stick.dir, 'removed.draaiboek'),
      otherPlan: await otherPlan.exportTo(stick.dir, 'other.draaiboek'),
      freshKey: await loadDeviceKey(coordinator.dataDir, createPassphraseProtector(TEST_PASSPHRASE)),
      passphrase: PASSPHRASE,
    });
  }, 120_000);

  afterAll(async () => {
    for (const laptop of laptops) await laptop.remove();
    await stick.remove();
  });

  it('holds at least 100 cases, each refused with its own code, the folder unchanged byte for byte', async () => {
    expect(corpus.length).toBeGreaterThanOrEqual(100);
    expect(new Set(corpus.map((hostile) => hostile.name)).size).toBe(corpus.length);
    const before = await snapshotDir(target.dataDir);
    const outcomes: [string, string][] = [];
    const opened = await openDataDir(target.dataDir, target.platform, 'write');
    try {
      const bundles = createBundleService(opened);
      for (const hostile of corpus) {
        const source = { bytes: hostile.bytes, ...(hostile.passphrase === undefined ? {} : { passphrase: hostile.passphrase }) };
        outcomes.push([hostile.name, await refusalOf(bundles.applyImport(source, { trustSigner: hostile.trustSigner === true }))]);
      }
    } finally {
      await opened.close();
    }
    expect(Object.fromEntries(outcomes)).toEqual(Object.fromEntries(corpus.map((hostile) => [hostile.name, hostile.code])));
    expect(await snapshotDir(target.dataDir)).toEqual(before);
  }, 120_000);

  it('refuses them in the preview as well, where the preview cannot just report them', async () => {
    const reported = new Set(['ROLLBACK', 'PLAN_MISMATCH', 'SIGNER_UNKNOWN']);
    const before = await snapshotDir(target.dataDir);
    await target.use(async ({ bundles }) => {
      for (const hostile of corpus.filter((candidate) => !reported.has(candidate.code))) {
        const request = { bytes: hostile.bytes, ...(hostile.passphrase === undefined ? {} : { passphrase: hostile.passphrase }) };
        expect([hostile.name, await refusalOf(bundles.previewImport(request))]).toEqual([hostile.name, hostile.code]);
      }
    });
    expect(await snapshotDir(target.dataDir)).toEqual(before);
  }, 120_000);

  it('refuses an oversized file before reading it', async () => {
    const path = join(stick.dir, 'te-groot.draaiboek');
    await writeFile(path, '');
    await truncate(path, MAX_BUNDLE_BYTES + 1);
    expect(await refusalOf(readBundleFile(path))).toBe('FILE_TOO_LARGE');
  });

  it('survives a fuzz loop of flipped, cut and spliced bytes, refusing every one and changing nothing', async () => {
    const prng = createPrng(20261129);
    const encrypted = (await encryptWithPassphrase(fresh, PASSPHRASE, 10)).ciphertext;
    const whitespace = new Set([0x20, 0x09, 0x0a, 0x0d]);
    const mutate = (bytes: Uint8Array): Uint8Array => {
      const choice = prng.int(0, 2);
      if (choice === 0) return bytes.subarray(0, prng.int(0, bytes.length - 1));
      const copy = Uint8Array.from(bytes);
      const count = choice === 1 ? 1 : prng.int(2, 8);
      for (let index = 0; index < count; index += 1) {
        const offset = prng.int(0, copy.length - 1);
        let replaced = (copy[offset] ?? 0) ^ prng.int(1, 255);
        // Whitespace between tokens would leave the same JSON: that is no tampering.
        if (whitespace.has(replaced)) replaced = (replaced ^ 0x40) & 0xff;
        copy[offset] = replaced;
      }
      return copy;
    };
    const before = await snapshotDir(target.dataDir);
    const codes = new Map<string, number>();
    await target.use(async ({ bundles }: { bundles: BundleService }) => {
      for (let round = 0; round < 300; round += 1) {
        const useEncrypted = round % 4 === 0;
        const bytes = mutate(useEncrypted ? encrypted : fresh);
        const code = await refusalOf(bundles.applyImport(useEncrypted ? { bytes, passphrase: PASSPHRASE } : { bytes }));
        expect(code).not.toBe('accepted');
        codes.set(code, (codes.get(code) ?? 0) + 1);
      }
    });
    expect(await snapshotDir(target.dataDir)).toEqual(before);
    expect(codes.size).toBeGreaterThan(3);
  }, 120_000);

  it('still imports the unspoilt bundle, so the refusals above are the corpus, not the setup', async () => {
    const outcome = await target.use(({ bundles }) => bundles.applyImport({ bytes: fresh }));
    expect(outcome).toMatchObject({ applied: true, kind: 'merge' });
  }, 30_000);
});
