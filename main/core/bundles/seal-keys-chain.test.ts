import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DraaiboekError } from '../../../shared/errors.js';
import { catalogs } from '../../../shared/i18n/index.js';
import type { Approval } from '../../../shared/plan/cycle-records.js';
import { applyChanges } from '../../../shared/plan/sync/index.js';
import { isAgeBytes } from '../crypto/age-file.js';
import { generateDeviceKeyPair } from '../crypto/keys.js';
import { loadSealKeys } from '../crypto/seal-key-store.js';
import { dataDirLayout } from '../store/data-dir-layout.js';
import { snapshotDir } from '../test-support/temp-data-dir.js';
import { resignManifest } from './test-support/hostile-corpus.js';
import { approveCurrent, makeLaptop, makeStick, type Laptop } from './test-support/laptops.js';

const keyidOf = (laptop: Laptop): Promise<string> => laptop.use(async ({ opened }) => opened.deviceKeyid);
const approvalsOf = (laptop: Laptop): Promise<Approval[]> => laptop.use(async ({ opened }) => [...opened.store.current.plan.content.approvals]);

type SealKeysJson = { version: 1; keys: { keyid: string; publicKey: string; name: string; vouchedBy: string; recordedAt: string }[] };

describe('approval seal keys that travel more than one hop', () => {
  // A records the approval. B trusts A, C trusts B, D trusts C, E trusts D: none of them further along meets A.
  let a: Laptop;
  let b: Laptop;
  let c: Laptop;
  let d: Laptop;
  let stick: Awaited<ReturnType<typeof makeStick>>;
  let approval: Approval;
  let exports = 0;

  async function bundleOf(from: Laptop): Promise<Uint8Array> {
    exports += 1;
    return from.exportTo(stick.dir, `bundel-${exports}.draaiboek`);
  }

  /** `to` takes `bytes` in, trusting its signer on the user's word. */
  const takeIn = (to: Laptop, bytes: Uint8Array) => to.use(({ bundles }) => bundles.applyImport({ bytes }, { trustSigner: true }));
  const pass = async (from: Laptop, to: Laptop) => takeIn(to, await bundleOf(from));

  beforeEach(async () => {
    a = await makeLaptop('Laptop secretaris', { kind: 'sample' });
    b = await makeLaptop('Laptop coördinator');
    c = await makeLaptop('Laptop Henk');
    d = await makeLaptop('Laptop Fatima');
    stick = await makeStick();
    approval = await approveCurrent(a);
    await pass(a, b);
    await pass(b, c);
  });

  afterEach(async () => {
    for (const laptop of [a, b, c, d]) await laptop.remove();
    await stick.remove();
  });

  it('come back sealed anew when a laptop that knows their key as a seal key alone restores a revision holding them', async () => {
    await pass(c, d);
    const withApproval = await d.use(async ({ opened }) => opened.store.current.revision);
    // A takes the approval back by restoring the revision before it, and that travels on to D.
    await a.use(async ({ opened, plan }) => plan.restore(opened.store.current.revision - 1));
    await pass(a, b);
    await pass(b, c);
    await pass(c, d);
    expect(await approvalsOf(d)).toEqual([]);

    const restored = await d.use(({ plan }) => plan.restore(withApproval));
    expect(restored.plan.content.approvals).toEqual([
      expect.objectContaining({ revision: approval.revision, body: approval.body, sealKeyid: await keyidOf(d) }),
    ]);
  });

  it('reach a laptop that trusts only the one before it, verified, and the key is kept as a seal key alone', async () => {
    expect(await pass(c, d)).toMatchObject({ applied: true, kind: 'adopt' });
    expect(await approvalsOf(d)).toEqual([approval]);

    const [aKey, cKey] = [await keyidOf(a), await keyidOf(c)];
    const kept = await d.use(async ({ opened }) => ({ trusted: opened.lookup(aKey), seal: (await loadSealKeys(opened.dataDir)).keys }));
    expect(kept.trusted).toBeUndefined();
    expect(kept.seal).toEqual([expect.objectContaining({ keyid: aKey, vouchedBy: cKey, name: 'Laptop secretaris' })]);

    // And on to a fifth laptop, from D's seal keys in turn.
    const e = await makeLaptop('Laptop Joost');
    try {
      expect(await pass(d, e)).toMatchObject({ applied: true });
      expect(await approvalsOf(e)).toEqual([approval]);
    } finally {
      await e.remove();
    }
  });

  it('never make the key that sealed them a trusted signer of bundles', async () => {
    await pass(c, d);
    await a.use(({ plan }) => plan.apply([{ op: 'updateMeta', set: { versionLabel: 'van de secretaris' } }]));
    const fromA = await bundleOf(a);
    const before = await snapshotDir(d.dataDir);
    const preview = await d.use(({ bundles }) => bundles.previewImport({ bytes: fromA }));
    expect(preview.signer.trusted).toBe(false);
    await expect(d.use(({ bundles }) => bundles.applyImport({ bytes: fromA }))).rejects.toMatchObject({ code: 'SIGNER_UNKNOWN' });
    expect(await snapshotDir(d.dataDir)).toEqual(before);
  });

  it('do not carry an approval whose seal was tampered with: it is refused further along, named', async () => {
    const forged: Approval = { ...approval, id: 'f0a9e8d7-0000-4000-8000-000000000001', date: '2026-12-01' };
    await c.use(({ opened }) =>
      opened.store.update((latest) => applyChanges(latest.plan, [{ op: 'create', collection: 'approvals', record: forged }], opened.clock)),
    );
    const bytes = await bundleOf(c);
    const before = await snapshotDir(d.dataDir);
    await expect(takeIn(d, bytes)).rejects.toMatchObject({ code: 'APPROVAL_BINDING_INVALID', params: { approval: forged.id } });
    expect(await snapshotDir(d.dataDir)).toEqual(before);
  });

  it('refuse a bundle whose manifest carries another key for the approval, naming the approval', async () => {
    const cKey = await c.use(({ opened }) => opened.signingKey());
    const aKey = await keyidOf(a);
    const other = generateDeviceKeyPair();
    const swapped = resignManifest(await bundleOf(c), cKey, (signed) => {
      const signers = signed['signers'] as { keyid: string; publicKey: string; name: string }[];
      signed['signers'] = signers.map((signer) =>
        signer.keyid === aKey ? { ...signer, keyid: other.keyid, publicKey: other.publicKey.toString('base64') } : signer,
      );
    });
    const before = await snapshotDir(d.dataDir);
    await expect(takeIn(d, swapped)).rejects.toMatchObject({ code: 'APPROVAL_BINDING_INVALID', params: { approval: approval.id } });
    expect(await snapshotDir(d.dataDir)).toEqual(before);
  });

  it('are not passed on from a seal key swapped for another in the file: the approval is refused further along', async () => {
    const path = dataDirLayout(c.dataDir).sealKeysFile;
    const file = JSON.parse(await readFile(path, 'utf8')) as SealKeysJson;
    const other = generateDeviceKeyPair();
    file.keys = file.keys.map((entry) => ({ ...entry, keyid: other.keyid, publicKey: other.publicKey.toString('base64') }));
    await writeFile(path, JSON.stringify(file));
    const bytes = await bundleOf(c);
    await expect(takeIn(d, bytes)).rejects.toMatchObject({ code: 'APPROVAL_BINDING_INVALID', params: { approval: approval.id } });
  });

  it.each([
    ['a key that is not its key id', (file: SealKeysJson) => JSON.stringify({ ...file, keys: file.keys.map((entry) => ({ ...entry, publicKey: generateDeviceKeyPair().publicKey.toString('base64') })) })],
    ['a field no laptop writes', (file: SealKeysJson) => JSON.stringify({ ...file, keys: file.keys.map((entry) => ({ ...entry, trusted: true })) })],
    ['text that is not JSON', () => '{ "version": 1, "keys": [ '],
  ])('refuse a file edited by hand (%s) with their own translated error, and change nothing', async (_, edited) => {
    const path = dataDirLayout(c.dataDir).sealKeysFile;
    await writeFile(path, edited(JSON.parse(await readFile(path, 'utf8')) as SealKeysJson));
    await b.use(({ plan }) => plan.apply([{ op: 'updateMeta', set: { versionLabel: 'nieuw' } }]));
    const fromB = await bundleOf(b);
    const before = await snapshotDir(c.dataDir);
    const stickBefore = await snapshotDir(stick.dir);

    const refusals = [await takeIn(c, fromB).catch((error: unknown) => error), await bundleOf(c).catch((error: unknown) => error)];
    for (const refusal of refusals) {
      expect(refusal).toBeInstanceOf(DraaiboekError);
      expect(refusal).toMatchObject({ code: 'SEAL_KEYS_DAMAGED' });
    }
    expect(catalogs.nl['error.SEAL_KEYS_DAMAGED']).toContain('seal-keys.json');
    expect(catalogs.en['error.SEAL_KEYS_DAMAGED']).toContain('seal-keys.json');
    expect(await snapshotDir(c.dataDir)).toEqual(before);
    expect(await snapshotDir(stick.dir)).toEqual(stickBefore);
  });

  it('leave a folder without the file (one from before it existed) opening and exporting as before', async () => {
    const path = dataDirLayout(c.dataDir).sealKeysFile;
    await rm(path);
    await c.use(async ({ opened }) => expect((await loadSealKeys(opened.dataDir)).keys).toEqual([]));
    const bytes = await bundleOf(c);
    expect(existsSync(path)).toBe(false);
    // Without the key the approval cannot be passed on: the next laptop names it, as before the file existed.
    await expect(takeIn(d, bytes)).rejects.toMatchObject({ code: 'APPROVAL_BINDING_INVALID', params: { approval: approval.id } });
  });

  it('are encrypted at rest with the plan, and still passed on', async () => {
    await c.use(({ opened }) => opened.setEncryptionAtRest(true));
    expect(isAgeBytes(await readFile(dataDirLayout(c.dataDir).sealKeysFile))).toBe(true);
    expect(await pass(c, d)).toMatchObject({ applied: true });
    expect(await approvalsOf(d)).toEqual([approval]);
  });
});
