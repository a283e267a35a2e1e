import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Approval } from '../../../shared/plan/cycle-records.js';
import { applyChanges } from '../../../shared/plan/sync/index.js';
import { createCycleService } from '../cycle/cycle-service.js';
import { snapshotDir } from '../test-support/temp-data-dir.js';
import { approveCurrent, makeLaptop, makeStick, type Laptop } from './test-support/laptops.js';

const PASSPHRASE = 'vier losse woorden hier';

/** Write an approval into a laptop's plan below every check, as a tampered or foreign build could. */
async function plantApproval(laptop: Laptop, approval: Approval): Promise<void> {
  await laptop.use(({ opened }) =>
    opened.store.update((latest) => applyChanges(latest.plan, [{ op: 'create', collection: 'approvals', record: approval }], opened.clock)),
  );
}

describe('approvals that arrive by bundle', () => {
  let coordinator: Laptop;
  let member: Laptop;
  let stick: Awaited<ReturnType<typeof makeStick>>;

  beforeEach(async () => {
    coordinator = await makeLaptop('Laptop coördinator', { kind: 'sample' });
    member = await makeLaptop('Laptop Henk');
    stick = await makeStick();
  });

  afterEach(async () => {
    await coordinator.remove();
    await member.remove();
    await stick.remove();
  });

  async function importAll(bytes: Uint8Array) {
    return member.use(async ({ bundles }) => {
      const preview = await bundles.previewImport({ bytes, passphrase: PASSPHRASE });
      return bundles.applyImport({ token: preview.token }, { trustSigner: true });
    });
  }

  it('come in when the seal holds, though the receiving laptop never held the revision approved', async () => {
    const approval = await approveCurrent(coordinator);
    expect(await importAll(await coordinator.exportTo(stick.dir, 'vastgesteld.draaiboek', PASSPHRASE))).toMatchObject({ applied: true, kind: 'adopt' });
    const received = await member.use(async ({ opened }) => opened.store.current.plan.content.approvals);
    expect(received).toEqual([approval]);

    // And by merge, an approval made after the first sync.
    const second = await coordinator.use(async ({ opened }) => {
      const signed = await createCycleService(opened).approve({ revision: opened.store.current.revision, body: 'directieteam', date: '2026-11-30' });
      return signed.plan.content.approvals.find((candidate) => candidate.id !== approval.id);
    });
    expect(await importAll(await coordinator.exportTo(stick.dir, 'tweede.draaiboek', PASSPHRASE))).toMatchObject({ applied: true, kind: 'merge' });
    expect(await member.use(async ({ opened }) => opened.store.current.plan.content.approvals.map((candidate) => candidate.id).sort())).toEqual(
      [approval.id, second?.id].sort(),
    );
  });

  it('are refused, named, when the seal does not match what the approval names, and nothing changes', async () => {
    const approval = await approveCurrent(coordinator);
    // First the plan as it was, so the member has it and the refused bundle would be a merge.
    expect(await importAll(await coordinator.exportTo(stick.dir, 'eerste.draaiboek', PASSPHRASE))).toMatchObject({ applied: true });
    // Moved onto another revision without a new seal.
    const moved = { ...approval, id: 'b3a0c1d2-0000-4000-8000-000000000001', revision: approval.revision + 5 };
    await plantApproval(coordinator, moved);
    const bytes = await coordinator.exportTo(stick.dir, 'verplaatst.draaiboek', PASSPHRASE);
    const before = await snapshotDir(member.dataDir);
    await expect(importAll(bytes)).rejects.toMatchObject({ code: 'APPROVAL_BINDING_INVALID', params: { approval: moved.id, revision: moved.revision } });
    expect(await snapshotDir(member.dataDir)).toEqual(before);
  });

  it('are refused into a laptop without a plan as well: an approval copied from another plan, sealed by another laptop', async () => {
    const other = await makeLaptop('Laptop elders', { kind: 'sample' });
    try {
      const foreign = await approveCurrent(other);
      await plantApproval(coordinator, foreign);
      const bytes = await coordinator.exportTo(stick.dir, 'vreemd.draaiboek', PASSPHRASE);
      const before = await snapshotDir(member.dataDir);
      await expect(importAll(bytes)).rejects.toMatchObject({ code: 'APPROVAL_BINDING_INVALID', params: { approval: foreign.id } });
      expect(await snapshotDir(member.dataDir)).toEqual(before);
    } finally {
      await other.remove();
    }
  });

  it('come in when sealed by a third laptop the receiver never met: the bundle carries the sealing key its signer trusts', async () => {
    const secretary = await makeLaptop('Laptop secretaris');
    try {
      const adopt = async (laptop: Laptop, bytes: Uint8Array) =>
        laptop.use(async ({ bundles }) => {
          const preview = await bundles.previewImport({ bytes, passphrase: PASSPHRASE });
          return bundles.applyImport({ token: preview.token }, { trustSigner: true });
        });
      await adopt(secretary, await coordinator.exportTo(stick.dir, 'naar-secretaris.draaiboek', PASSPHRASE));
      const approval = await approveCurrent(secretary);
      await adopt(coordinator, await secretary.exportTo(stick.dir, 'vastgesteld.draaiboek', PASSPHRASE));
      // The member trusts the coordinator only; the secretary's key reaches it inside the coordinator's bundle.
      expect(await importAll(await coordinator.exportTo(stick.dir, 'naar-henk.draaiboek', PASSPHRASE))).toMatchObject({ applied: true, kind: 'adopt' });
      expect(await member.use(async ({ opened }) => opened.store.current.plan.content.approvals)).toEqual([approval]);
    } finally {
      await secretary.remove();
    }
  });
});
