import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { normalizeDocument } from '../../../shared/plan/sync/index.js';
import { loadTrustStore } from '../crypto/trust-store.js';
import { snapshotDir } from '../test-support/temp-data-dir.js';
import { makeLaptop, makeStick, type Laptop } from './test-support/laptops.js';
import { rejectionCode } from '../test-support/rejection-code.js';

const PASSPHRASE = 'vier losse woorden hier';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  return (await rejectionCode(() => promise)) ?? 'no error';
}

describe('two laptops that start from one export and are edited apart', () => {
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

  it('adopt, edit apart, merge both ways with every conflict surfaced, then agree exactly', async () => {
    const first = await coordinator.exportTo(stick.dir, 'eerste.draaiboek', PASSPHRASE);

    // The member's fresh install: an untouched empty plan. The signer is unknown until the user says so.
    const preview = await member.use(({ bundles }) => bundles.previewImport({ bytes: first, passphrase: PASSPHRASE }));
    expect(preview.kind).toBe('adopt');
    expect(preview.signer).toMatchObject({ name: 'Laptop coördinator', trusted: false });
    expect(preview.changes.find((entry) => entry.collection === 'people')?.addedCount).toBeGreaterThan(50);
    const before = await snapshotDir(member.dataDir);
    const refusal = member.use(async ({ bundles }) => {
      const fresh = await bundles.previewImport({ bytes: first, passphrase: PASSPHRASE });
      return bundles.applyImport({ token: fresh.token });
    });
    expect(await codeOf(refusal)).toBe('SIGNER_UNKNOWN');
    expect(await snapshotDir(member.dataDir)).toEqual(before);

    const adopted = await member.use(async ({ bundles }) => {
      const again = await bundles.previewImport({ bytes: first, passphrase: PASSPHRASE });
      return bundles.applyImport({ token: again.token }, { trustSigner: true });
    });
    expect(adopted).toMatchObject({ applied: true, kind: 'adopt' });
    const trust = await loadTrustStore(member.dataDir);
    expect(trust.signers.map((signer) => [signer.name, signer.addedHow])).toContainEqual(['Laptop coördinator', 'bundle']);

    // Edited apart: the same field of one person on both laptops, and different things besides.
    const personId = await coordinator.use(async ({ plan }) => plan.current().signed.plan.content.people[0]?.id ?? '');
    await coordinator.use(({ plan }) =>
      plan.apply([
        { op: 'update', collection: 'people', id: personId, set: { jobTitle: 'Teamleider I&A' } },
        { op: 'updateMeta', set: { reviewDue: '2027-06-15' } },
      ]),
    );
    await member.use(({ plan }) =>
      plan.apply([
        { op: 'update', collection: 'people', id: personId, set: { jobTitle: 'Coördinator ICT' } },
        { op: 'create', collection: 'locations', record: { id: 'loc-sporthal', name: 'Sporthal De Meent', kind: 'fallback-site' } },
      ]),
    );

    // Member -> coordinator: the coordinator sees the new location and the conflict before anything happens.
    const fromMember = await member.exportTo(stick.dir, 'henk.draaiboek', PASSPHRASE);
    const mergePreview = await coordinator.use(({ bundles }) => bundles.previewImport({ bytes: fromMember, passphrase: PASSPHRASE }));
    expect(mergePreview.kind).toBe('merge');
    expect(mergePreview.signer).toMatchObject({ name: 'Laptop Henk', trusted: false });
    const locations = mergePreview.changes.find((entry) => entry.collection === 'locations');
    expect(locations?.added).toEqual([{ id: 'loc-sporthal', name: 'Sporthal De Meent' }]);
    expect(mergePreview.newConflicts).toHaveLength(1);
    expect(mergePreview.newConflicts[0]).toMatchObject({ collection: 'people', recordId: personId, field: 'jobTitle' });
    const values = [mergePreview.newConflicts[0]?.currentValue, mergePreview.newConflicts[0]?.otherValue].sort();
    expect(values).toEqual(['Coördinator ICT', 'Teamleider I&A']);

    const merged = await coordinator.use(({ bundles }) =>
      bundles.applyImport({ bytes: fromMember, passphrase: PASSPHRASE }, { trustSigner: true }),
    );
    expect(merged).toMatchObject({ applied: true, kind: 'merge' });

    // Coordinator -> member: the member gets the coordinator's edits, the conflict is surfaced there too.
    const back = await coordinator.exportTo(stick.dir, 'terug.draaiboek', PASSPHRASE);
    const backPreview = await member.use(async ({ bundles }) => {
      const shown = await bundles.previewImport({ bytes: back, passphrase: PASSPHRASE });
      await bundles.applyImport({ token: shown.token });
      return shown;
    });
    expect(backPreview.kind).toBe('merge');
    expect(backPreview.signer.trusted).toBe(true);
    expect(backPreview.changes.find((entry) => entry.collection === 'meta')?.changed[0]?.fields).toContain('reviewDue');

    const documents = await Promise.all(
      [coordinator, member].map((laptop) => laptop.use(async ({ plan }) => normalizeDocument(plan.current().signed.plan))),
    );
    expect(documents[1]).toEqual(documents[0]);
    expect(documents[0]?.content.locations.map((location) => location.id)).toContain('loc-sporthal');
    expect(documents[0]?.content.meta.reviewDue).toBe('2027-06-15');
    const openConflicts = await member.use(({ bundles }) => bundles.listConflicts());
    expect(openConflicts).toHaveLength(1);

    // Nothing new either way now.
    const again = await coordinator.exportTo(stick.dir, 'nogmaals.draaiboek');
    expect((await member.use(({ bundles }) => bundles.previewImport({ bytes: again }))).kind).toBe('same');

    // Resolving is a new revision that travels like any edit.
    const key = openConflicts[0]?.key ?? '';
    await member.use(({ bundles }) => bundles.resolveConflict(key, { value: 'Coördinator ICT en I&A' }));
    const resolved = await member.exportTo(stick.dir, 'opgelost.draaiboek');
    await coordinator.use(({ bundles }) => bundles.applyImport({ bytes: resolved }));
    const after = await coordinator.use(async ({ plan, bundles }) => ({
      jobTitle: plan.current().signed.plan.content.people.find((person) => person.id === personId)?.jobTitle,
      open: await bundles.listConflicts(),
    }));
    expect(after).toEqual({ jobTitle: 'Coördinator ICT en I&A', open: [] });
  }, 240_000);

  it('refuses an older copy of the same plan and changes nothing', async () => {
    const first = await coordinator.exportTo(stick.dir, 'r1.draaiboek');
    await member.use(({ bundles }) => bundles.applyImport({ bytes: first }, { trustSigner: true }));
    await member.use(({ plan }) => plan.apply([{ op: 'updateMeta', set: { reviewDue: '2027-01-01' } }]));

    const preview = await member.use(({ bundles }) => bundles.previewImport({ bytes: first }));
    expect(preview.kind).toBe('older');
    const before = await snapshotDir(member.dataDir);
    expect(await codeOf(member.use(({ bundles }) => bundles.applyImport({ bytes: first })))).toBe('ROLLBACK');
    expect(await snapshotDir(member.dataDir)).toEqual(before);
  }, 120_000);

  it('never mixes in another plan, and a fresh sample install adopts', async () => {
    const other = await makeLaptop('Laptop buurgemeente');
    try {
      await other.use(({ plan }) => plan.apply([{ op: 'updateMeta', set: { organisationName: 'Gemeente Buurdorp' } }]));
      const foreign = await other.exportTo(stick.dir, 'buurdorp.draaiboek');
      // A plan someone worked on is never replaced; an untouched one is (below).
      await coordinator.use(({ plan }) => plan.apply([{ op: 'updateMeta', set: { reviewDue: '2027-03-01' } }]));
      const preview = await coordinator.use(({ bundles }) => bundles.previewImport({ bytes: foreign }));
      expect(preview.kind).toBe('other-plan');
      const before = await snapshotDir(coordinator.dataDir);
      expect(await codeOf(coordinator.use(({ bundles }) => bundles.applyImport({ bytes: foreign }, { trustSigner: true })))).toBe('PLAN_MISMATCH');
      expect(await snapshotDir(coordinator.dataDir)).toEqual(before);

      const freshSample = await makeLaptop('Nieuwe laptop', { kind: 'sample' });
      try {
        const adopted = await freshSample.use(({ bundles }) => bundles.applyImport({ bytes: foreign }, { trustSigner: true }));
        expect(adopted.kind).toBe('adopt');
        const planIds = await Promise.all([other, freshSample].map((laptop) => laptop.use(async ({ plan }) => plan.current().signed.planId)));
        expect(planIds[1]).toBe(planIds[0]);
      } finally {
        await freshSample.remove();
      }
    } finally {
      await other.remove();
    }
  }, 120_000);

  it('keeps a sync log of what went out and what came in', async () => {
    const bytes = await coordinator.exportTo(stick.dir, 'log.draaiboek', PASSPHRASE);
    await member.use(({ bundles }) => bundles.applyImport({ bytes, passphrase: PASSPHRASE, source: 'log.draaiboek' }, { trustSigner: true }));
    const out = await coordinator.use(({ bundles }) => bundles.syncLog());
    expect(out).toEqual([expect.objectContaining({ direction: 'out', encrypted: true, copyNumber: 1, revision: 1 })]);
    const incoming = await member.use(({ bundles }) => bundles.syncLog());
    expect(incoming).toEqual([
      expect.objectContaining({
        direction: 'in',
        encrypted: true,
        location: 'log.draaiboek',
        imported: expect.objectContaining({ kind: 'adopt', from: 'Laptop coördinator', resultRevision: 2 }) as unknown,
      }),
    ]);
  }, 120_000);
});
