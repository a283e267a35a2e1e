import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAgeBytes } from '../crypto/age-file.js';
import { dataDirLayout } from '../store/data-dir-layout.js';
import { makeLaptop, makeStick, type Laptop } from './test-support/laptops.js';

describe('a bundle exported from a folder encrypted at rest', () => {
  let coordinator: Laptop;
  let member: Laptop;
  let stick: Awaited<ReturnType<typeof makeStick>>;

  beforeEach(async () => {
    coordinator = await makeLaptop('Laptop coördinator', { kind: 'sample' });
    member = await makeLaptop('Laptop Henk');
    stick = await makeStick();
  });

  afterEach(async () => {
    await Promise.all([coordinator.remove(), member.remove(), stick.remove()]);
  });

  it('carries the signed plan from inside the age file, and another laptop takes it in', async () => {
    await coordinator.use(({ opened }) => opened.setEncryptionAtRest(true));
    expect(isAgeBytes(await readFile(dataDirLayout(coordinator.dataDir).planFile))).toBe(true);
    const sent = await coordinator.use(async ({ opened }) => opened.store.current);
    const bytes = await coordinator.exportTo(stick.dir, 'versleutelde-map.draaiboek');
    expect(await member.use(({ bundles }) => bundles.applyImport({ bytes }, { trustSigner: true }))).toMatchObject({ applied: true, kind: 'adopt' });
    expect(await member.use(async ({ opened }) => opened.store.current.plan)).toEqual(sent.plan);
  });
});
