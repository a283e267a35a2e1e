import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataDir } from '../data-dir/open-data-dir.js';
import { initTempDataDir, removeTempDir, snapshotDir, testPlatform } from '../test-support/temp-data-dir.js';
import { MAX_BUNDLE_BYTES } from './bundle-format.js';
import { createBundleService } from './bundle-service.js';
import { makeStick } from './test-support/laptops.js';

let dataDir: string;
let stick: Awaited<ReturnType<typeof makeStick>>;
const platform = testPlatform({ name: 'Laptop groot plan' });

beforeAll(async () => {
  // A valid plan just over what a bundle may hold: notes at their longest, on enough people.
  const notes = 'n'.repeat(20_000);
  const count = Math.ceil(MAX_BUNDLE_BYTES / notes.length) + 20;
  const people = Array.from({ length: count }, (_, index) => ({ id: `p-${index}`, name: `Persoon ${index}`, notes }));
  ({ dataDir } = await initTempDataDir({ kind: 'content', content: { meta: { organisationName: 'Gemeente Groot', title: 'Plan', classification: 'Intern', versionLabel: '1.0' }, people } }, platform));
  stick = await makeStick();
}, 120_000);

afterAll(async () => {
  await Promise.all([removeTempDir(dirname(dataDir)), stick.remove()]);
});

describe('a plan too large for a bundle', () => {
  it('is refused at export with the sizes, before anything is written', async () => {
    const before = await snapshotDir(dataDir);
    const opened = await openDataDir(dataDir, platform, 'write');
    try {
      await expect(createBundleService(opened).exportBundle({ out: join(stick.dir, 'groot.draaiboek'), encrypt: false })).rejects.toMatchObject({
        code: 'BUNDLE_PLAN_TOO_LARGE',
        params: { max: MAX_BUNDLE_BYTES },
      });
    } finally {
      await opened.close();
    }
    expect(await readdir(stick.dir)).toEqual([]);
    expect(await snapshotDir(dataDir)).toEqual(before);
  }, 120_000);
});
