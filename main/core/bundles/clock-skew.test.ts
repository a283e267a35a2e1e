import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotDir } from '../test-support/temp-data-dir.js';
import { makeLaptop, makeStick, type Laptop } from './test-support/laptops.js';

let coordinator: Laptop;
let member: Laptop;
let stick: Awaited<ReturnType<typeof makeStick>>;

beforeAll(async () => {
  coordinator = await makeLaptop('Laptop BCM-coördinator', { kind: 'sample' });
  // A laptop whose clock runs three years ahead: its stamps would win every later edit everywhere.
  member = await makeLaptop('Laptop met verkeerde klok', { kind: 'sample' }, () => new Date(Date.now() + 3 * 365 * 24 * 3600 * 1000));
  stick = await makeStick();
});

afterAll(async () => {
  await Promise.all([coordinator.remove(), member.remove(), stick.remove()]);
});

describe('a bundle from a laptop whose clock runs years ahead', () => {
  it('is refused with the date, and changes nothing', async () => {
    await member.use(({ plan }) => plan.apply([{ op: 'updateMeta', set: { versionLabel: 'uit de toekomst' } }]));
    const bytes = await member.exportTo(stick.dir, 'toekomst.draaiboek');
    const before = await snapshotDir(coordinator.dataDir);
    await expect(coordinator.use(({ bundles }) => bundles.previewImport({ bytes }))).rejects.toMatchObject({ code: 'CLOCK_SKEW' });
    expect(await snapshotDir(coordinator.dataDir)).toEqual(before);
  });
});
