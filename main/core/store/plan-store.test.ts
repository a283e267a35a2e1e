import { copyFile, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DraaiboekError } from '../../../shared/errors.js';
import type { Change } from '../../../shared/plan/sync/index.js';
import { canonicalJson } from '../crypto/canonical-json.js';
import { openDataDir, type OpenedDataDir } from '../data-dir/open-data-dir.js';
import { createPlanService } from '../plan/plan-service.js';
import { initTempDataDir, removeTempDir, snapshotDir, testPlatform } from '../test-support/temp-data-dir.js';
import { dataDirLayout } from './data-dir-layout.js';
import { historyPath, listHistoryRevisions } from './history.js';
import { readVerifiedPlanFile } from './plan-file.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function freshDataDir(): Promise<string> {
  const { dataDir } = await initTempDataDir();
  cleanups.push(() => removeTempDir(join(dataDir, '..')));
  return dataDir;
}

async function open(dataDir: string, mode: 'write' | 'read' = 'write'): Promise<OpenedDataDir> {
  const opened = await openDataDir(dataDir, testPlatform(), mode);
  cleanups.push(() => opened.close());
  return opened;
}

/** Open, work, close: the next open sees only what is on disk. */
async function withPlans(dataDir: string, work: (plans: ReturnType<typeof createPlanService>) => Promise<unknown>) {
  const opened = await openDataDir(dataDir, testPlatform(), 'write');
  try {
    await work(createPlanService(opened));
  } finally {
    await opened.close();
  }
}

function renameOrganisation(name: string): Change[] {
  return [{ op: 'updateMeta', set: { organisationName: name } }];
}

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toSatisfy((error: unknown) => error instanceof DraaiboekError && error.code === code);
}

describe('the plan store', () => {
  it('saves every awaited change as its own durable, signed revision, in order', async () => {
    const dataDir = await freshDataDir();
    const opened = await open(dataDir);
    const plans = createPlanService(opened);
    // Fired together, as a fast-typing user would: none may be coalesced or reordered.
    const saved = await Promise.all(
      Array.from({ length: 12 }, (_, index) => plans.apply(renameOrganisation(`Gemeente ${index}`))),
    );
    expect(saved.map((signed) => signed.revision)).toEqual(Array.from({ length: 12 }, (_, index) => index + 2));
    const layout = dataDirLayout(dataDir);
    expect(await listHistoryRevisions(layout)).toEqual(Array.from({ length: 13 }, (_, index) => index + 1));
    for (const signed of saved) {
      const kept = await readVerifiedPlanFile(historyPath(layout, signed.revision), opened.lookup);
      expect(kept.signed.plan.content.meta.organisationName).toBe(signed.plan.content.meta.organisationName);
    }
    const onDisk = await readVerifiedPlanFile(layout.planFile, opened.lookup);
    expect(onDisk.signed.revision).toBe(13);
    expect(onDisk.signed.plan.content.meta.organisationName).toBe('Gemeente 11');
  });

  it('builds each of several changes made at once on the one before, so none is lost', async () => {
    const dataDir = await freshDataDir();
    const plans = createPlanService(await open(dataDir));
    const names = ['Sporthal De Meent', 'Werf Oost', 'Brandweerkazerne', 'Bibliotheek'];
    await Promise.all(
      names.map((name, index) =>
        plans.apply([{ op: 'create', collection: 'locations', record: { id: `loc-${index}`, name, kind: 'fallback-site' } }]),
      ),
    );
    const held = plans.current().signed.plan.content.locations.map((location) => location.name).sort();
    expect(held).toEqual([...names].sort());
  });

  it('refuses to save a version built on a revision that is no longer current', async () => {
    const dataDir = await freshDataDir();
    const opened = await open(dataDir);
    const plans = createPlanService(opened);
    const stale = opened.store.current;
    await plans.apply(renameOrganisation('Eerst'));
    await expectCode(opened.store.commit(stale.plan, stale.revision), 'PLAN_CHANGED');
    expect(opened.store.current.plan.content.meta.organisationName).toBe('Eerst');
  });

  it('writes plan.json as the canonical form of its envelope, byte for byte equal to its history copy', async () => {
    const dataDir = await freshDataDir();
    const plans = createPlanService(await open(dataDir));
    const signed = await plans.apply(renameOrganisation('Gemeente Voorbeeldstad'));
    const layout = dataDirLayout(dataDir);
    const text = await readFile(layout.planFile, 'utf8');
    expect(text).toBe(canonicalJson(JSON.parse(text)));
    expect(await readFile(historyPath(layout, signed.revision), 'utf8')).toBe(text);
  });

  it('keeps the last 50 revisions in history', async () => {
    const dataDir = await freshDataDir();
    const plans = createPlanService(await open(dataDir));
    for (let round = 0; round < 55; round += 1) await plans.apply(renameOrganisation(`Ronde ${round}`));
    const revisions = await listHistoryRevisions(dataDirLayout(dataDir));
    expect(revisions).toHaveLength(50);
    expect(revisions[0]).toBe(7);
    expect(revisions.at(-1)).toBe(56);
  });

  it('refuses a second process on the same data folder', async () => {
    const dataDir = await freshDataDir();
    await open(dataDir);
    await expectCode(openDataDir(dataDir, testPlatform(), 'write'), 'STORE_LOCKED');
  });

  it('takes over the lock of a process that died', async () => {
    const dataDir = await freshDataDir();
    // A pid that cannot be running: the lock of a crashed process.
    await writeFile(dataDirLayout(dataDir).lockFile, JSON.stringify({ pid: 2 ** 22 + 17, host: (await import('node:os')).hostname() }));
    const opened = await open(dataDir);
    expect(opened.store.status.state).toBe('ready');
  });

  it('takes over a lock not touched for minutes, even when its process id is in use again', async () => {
    const dataDir = await freshDataDir();
    const { lockFile } = dataDirLayout(dataDir);
    // Our own, live process id: as after a reboot that handed the dead holder's id to another program.
    await writeFile(lockFile, JSON.stringify({ pid: process.pid, host: (await import('node:os')).hostname() }));
    const longAgo = new Date(Date.now() - 5 * 60_000);
    await utimes(lockFile, longAgo, longAgo);
    const opened = await open(dataDir);
    expect(opened.store.status.state).toBe('ready');
  });

  it('verifies a re-indented plan file and refuses one changed content byte', async () => {
    const dataDir = await freshDataDir();
    const layout = dataDirLayout(dataDir);
    const original = await readFile(layout.planFile, 'utf8');
    await writeFile(layout.planFile, JSON.stringify(JSON.parse(original), null, 4));
    expect((await open(dataDir, 'read')).store.status.state).toBe('ready');

    await writeFile(layout.planFile, original.replace('"Gemeente"', '"Gemeentf"'));
    const status = (await open(dataDir, 'read')).store.status;
    expect(status.state === 'refused' && status.refusal.code).toBe('SIGNATURE_INVALID');
  });

  it.each([
    ['tampered', (text: string) => text.replace('Voorbeeldstad', 'Voorbeeldstat'), 'SIGNATURE_INVALID'],
    ['truncated', (text: string) => text.slice(0, Math.floor(text.length / 2)), 'INVALID_JSON'],
    ['empty', () => '', 'FILE_EMPTY'],
    ['unparsable', () => 'plan: ja', 'INVALID_JSON'],
  ])('moves a %s plan file aside, never overwrites it, and offers the last good revision', async (_name, damage, code) => {
    const dataDir = await freshDataDir();
    const layout = dataDirLayout(dataDir);
    await withPlans(dataDir, (plans) => plans.apply(renameOrganisation('Gemeente Voorbeeldstad')));

    const damaged = damage(await readFile(layout.planFile, 'utf8'));
    await writeFile(layout.planFile, damaged);
    const reopened = await open(dataDir);
    const status = reopened.store.status;
    if (status.state !== 'refused') throw new Error(`expected a refusal, got ${status.state}`);
    expect(status.refusal.code).toBe(code);
    expect(status.refusal.lastGood?.revision).toBe(2);
    expect(status.refusal.movedTo).toBeDefined();
    expect(await readFile(status.refusal.movedTo ?? '', 'utf8')).toBe(damaged);
    await expect(stat(layout.planFile)).rejects.toThrow();
    expect(() => reopened.store.current).toThrow(DraaiboekError);
    await expectCode(createPlanService(reopened).apply(renameOrganisation('x')), 'PLAN_REFUSED');

    const restored = await createPlanService(reopened).restore(2);
    expect(restored.revision).toBe(3);
    expect(restored.plan.content.meta.organisationName).toBe('Gemeente Voorbeeldstad');
    expect((await readVerifiedPlanFile(layout.planFile, reopened.lookup)).signed.revision).toBe(3);
  });

  it("still opens this device's own plan when trust.json is lost", async () => {
    const dataDir = await freshDataDir();
    await rm(dataDirLayout(dataDir).trustFile);
    expect((await open(dataDir, 'read')).store.status.state).toBe('ready');
  });

  it('offers the last good revision when plan.json is gone but its history is not', async () => {
    const dataDir = await freshDataDir();
    await withPlans(dataDir, (plans) => plans.apply(renameOrganisation('Twee')));
    await rm(dataDirLayout(dataDir).planFile);
    const opened = await open(dataDir);
    const status = opened.store.status;
    expect(status.state === 'refused' && status.refusal.code).toBe('FILE_NOT_FOUND');
    expect(status.state === 'refused' && status.refusal.lastGood?.revision).toBe(2);
    expect((await createPlanService(opened).restore(2)).plan.content.meta.organisationName).toBe('Twee');
  });

  it('refuses an older revision put back in place as a rollback', async () => {
    const dataDir = await freshDataDir();
    const layout = dataDirLayout(dataDir);
    await withPlans(dataDir, async (plans) => {
      await plans.apply(renameOrganisation('Twee'));
      await plans.apply(renameOrganisation('Drie'));
    });

    await copyFile(historyPath(layout, 2), layout.planFile);
    const status = (await open(dataDir)).store.status;
    expect(status.state === 'refused' && status.refusal.code).toBe('ROLLBACK');
    expect(status.state === 'refused' && status.refusal.lastGood?.revision).toBe(3);
  });

  it('restores a past revision as a new revision, keeping history growing', async () => {
    const dataDir = await freshDataDir();
    const plans = createPlanService(await open(dataDir));
    await plans.apply(renameOrganisation('Twee'));
    await plans.apply(renameOrganisation('Drie'));
    const restored = await plans.restore(2);
    expect(restored.revision).toBe(4);
    expect(restored.plan.content.meta.organisationName).toBe('Twee');
    const listed = await plans.history();
    expect(listed.map((entry) => entry.revision)).toEqual([4, 3, 2, 1]);
    expect(listed[0]?.savedAt).toBe(restored.savedAt);
    expect(listed[0]?.signerKeyid).toBe(plans.current().signerKeyid);
    await expectCode(plans.restore(99), 'REVISION_NOT_FOUND');
  });

  it('opens read-only without touching the folder, but only with the key: the state record needs it', async () => {
    const dataDir = await freshDataDir();
    const before = await snapshotDir(dataDir);
    const opened = await openDataDir(dataDir, testPlatform(), 'read');
    cleanups.push(() => opened.close());
    expect(opened.store.current.revision).toBe(1);
    await expectCode(openDataDir(dataDir, testPlatform({ passphrase: 'wrong' }), 'read'), 'KEY_PASSPHRASE_WRONG');
    expect(await snapshotDir(dataDir)).toEqual(before);
  });

  it('opens nothing and saves nothing when the passphrase is wrong', async () => {
    const dataDir = await freshDataDir();
    const before = await snapshotDir(dataDir);
    await expectCode(openDataDir(dataDir, testPlatform({ passphrase: 'wrong' }), 'write'), 'KEY_PASSPHRASE_WRONG');
    expect(await snapshotDir(dataDir)).toEqual(before);
  });
});
