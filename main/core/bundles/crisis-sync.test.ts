import { afterEach, describe, expect, it } from 'vitest';
import type { AppendableEvent } from '../../../shared/crisis/crisis-events.js';
import { createCrisisService, crisisImportSummaryOf } from '../crisis/crisis-service.js';
import { snapshotDir } from '../test-support/temp-data-dir.js';
import { makeLaptop, makeStick, type Laptop } from './test-support/laptops.js';

/*
 * Crisis logs between laptops by bundle: two laptops that logged apart converge on one timeline; a bad event
 * is refused alone, with its device and time; an old bundle without crisis logs still imports.
 */

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const task of cleanup.splice(0)) await task();
});

async function laptops() {
  const a = await makeLaptop('Laptop A', { kind: 'sample' });
  const b = await makeLaptop('Laptop B');
  const stick = await makeStick();
  cleanup.push(() => a.remove(), () => b.remove(), () => stick.remove());
  return { a, b, stick: stick.dir };
}

async function carry(from: Laptop, to: Laptop, stick: string, name: string) {
  const bytes = await from.exportTo(stick, name);
  return to.use(({ bundles }) => bundles.applyImport({ bytes }, { trustSigner: true }));
}

const entry = (message: string): AppendableEvent => ({ kind: 'log-entry', data: { at: new Date().toISOString(), message } });

async function timeline(laptop: Laptop, crisisId: string) {
  return laptop.use(async ({ opened }) => {
    const view = await createCrisisService(opened).get(crisisId);
    return { ids: view.state.timeline.map((item) => item.eventId), view };
  });
}

describe('crisis logs in bundles', () => {
  it('two laptops that logged apart converge on the same timeline in the same order', async () => {
    const { a, b, stick } = await laptops();
    await carry(a, b, stick, 'plan.draaiboek');
    const { crisisId } = await a.use(({ opened }) =>
      createCrisisService(opened).start({ scenarioIds: ['scen-gemeentehuis-gesloten', 'scen-netwerkstoring'], by: 'Marieke', exercise: true }),
    );
    const first = await carry(a, b, stick, 'a1.draaiboek');
    expect(first).toMatchObject({ applied: true, kind: 'same', crises: [{ crisisId, added: 1, eventCount: 1 }] });

    await a.use(async ({ opened }) => {
      for (let i = 0; i < 3; i += 1) await createCrisisService(opened).append(crisisId, entry(`A ${i}`));
    });
    await b.use(async ({ opened }) => {
      for (let i = 0; i < 2; i += 1) await createCrisisService(opened).append(crisisId, entry(`B ${i}`));
    });
    await carry(a, b, stick, 'a2.draaiboek');
    await carry(b, a, stick, 'b1.draaiboek');
    const onA = await timeline(a, crisisId);
    const onB = await timeline(b, crisisId);
    expect(onA.ids).toHaveLength(6);
    expect(onA.ids).toEqual(onB.ids);
    expect(onA.view.state).toEqual({ ...onB.view.state, now: onA.view.state.now });
    expect(onA.view.problems).toEqual([]);
    expect(onA.view.devices.map((device) => device.eventCount).sort()).toEqual([2, 4]);

    // B closes with an evaluation; A takes it in and shows the crisis closed.
    await b.use(({ opened }) => createCrisisService(opened).close({ crisisId, by: 'Henk', evaluation: { actions: [] } }));
    await carry(b, a, stick, 'b2.draaiboek');
    expect((await timeline(a, crisisId)).view.state.closed?.by).toBe('Henk');

    // The same bundle again: nothing new, nothing written.
    const again = await b.exportTo(stick, 'b3.draaiboek');
    const before = await snapshotDir(a.dataDir);
    expect(await a.use(({ bundles }) => bundles.applyImport({ bytes: again }, {}))).toMatchObject({ applied: false, kind: 'same' });
    expect(await snapshotDir(a.dataDir)).toEqual(before);
  }, 120_000);

  it('refuses a changed event alone, reports its device and time, and takes in the rest', async () => {
    const { a, b, stick } = await laptops();
    await carry(a, b, stick, 'plan.draaiboek');
    const { crisisId } = await a.use(async ({ opened }) => {
      const service = createCrisisService(opened);
      const started = await service.start({ scenarioIds: ['scen-netwerkstoring'], by: 'Marieke', exercise: false });
      await service.append(started.crisisId, entry('echt bericht'));
      await service.append(started.crisisId, entry('nog een bericht'));
      return started;
    });
    const bytes = await a.exportTo(stick, 'a.draaiboek');
    const forged = Buffer.from(bytes.toString().replace('echt bericht', 'vals bericht'));
    const preview = await b.use(async ({ bundles, opened }) => {
      const found = await bundles.previewImport({ bytes: forged });
      return crisisImportSummaryOf(opened, found.crises);
    });
    // The gap the refused event leaves shows at the event after it, which is genuine and kept.
    expect(preview).toMatchObject({
      crisisCount: 1,
      newEvents: 2,
      problems: [
        { reason: 'id-mismatch', deviceName: 'Laptop A', seq: 2, kept: false },
        { reason: 'chain-broken', deviceName: 'Laptop A', seq: 3, kept: true },
      ],
    });
    expect(preview.problems[0]?.time).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await b.use(({ bundles }) => bundles.applyImport({ bytes: forged }, {}));
    const onB = await timeline(b, crisisId);
    expect(onB.view.state.logEntries.map((item) => item.message)).toEqual(['nog een bericht']);
    expect(onB.view.problems).toMatchObject([{ reason: 'chain-broken', seq: 3, kept: true }]);
  }, 120_000);

  it('shows events from a clock more than a day ahead as a clock problem, and keeps them', async () => {
    const ahead = () => new Date(Date.now() + 3 * 24 * 60 * 60 * 1000);
    const a = await makeLaptop('Laptop A', { kind: 'sample' }, ahead);
    const b = await makeLaptop('Laptop B');
    const usb = await makeStick();
    cleanup.push(() => a.remove(), () => b.remove(), () => usb.remove());
    const stick = usb.dir;
    await carry(a, b, stick, 'plan.draaiboek');
    const { crisisId } = await a.use(({ opened }) => createCrisisService(opened).start({ scenarioIds: [], other: { description: 'Onbekend' }, by: 'Marieke', exercise: true }));
    const bytes = await a.exportTo(stick, 'a.draaiboek');
    const summary = await b.use(async ({ bundles, opened }) => crisisImportSummaryOf(opened, (await bundles.previewImport({ bytes })).crises));
    expect(summary.clockWarnings).toMatchObject([{ crisisId, deviceFingerprint: expect.any(String) as string }]);
    expect(summary.clockWarnings[0]?.aheadByMs).toBeGreaterThan(2 * 24 * 60 * 60 * 1000);
    await b.use(({ bundles }) => bundles.applyImport({ bytes }, {}));
    const onB = await timeline(b, crisisId);
    expect(onB.view.state.eventCount).toBe(1);
    expect(onB.view.clockWarnings).toHaveLength(1);
  }, 120_000);

  it('still imports a version 1 bundle, which carries no crisis logs', async () => {
    const { a, b, stick } = await laptops();
    const bytes = await a.exportTo(stick, 'plan.draaiboek');
    const text = bytes.toString();
    expect(text).toContain('"bundleVersion":2,"crises":[],');
    const v1 = Buffer.from(text.replace('"bundleVersion":2,"crises":[],', '"bundleVersion":1,'));
    const outcome = await b.use(({ bundles }) => bundles.applyImport({ bytes: v1 }, { trustSigner: true }));
    expect(outcome).toMatchObject({ applied: true, kind: 'adopt', crises: [] });
  }, 120_000);
});
