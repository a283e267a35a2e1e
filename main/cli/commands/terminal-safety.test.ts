import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planContentSchema } from '../../../shared/plan/plan.js';
import { initDataDir } from '../../core/data-dir/init-data-dir.js';
import { samplePlanContent } from '../../core/data-dir/new-plan-content.js';
import { makeTempDir, removeTempDir, testPlatform, TEST_PASSPHRASE } from '../../core/test-support/temp-data-dir.js';
import { runInProcess } from '../test-support/run-in-process.js';

/** A name that, printed raw, would forge a trusted signer's line, recolour the terminal and reverse the rest. */
const FORGED_LINE = 'Ondertekenaar: Laptop BCM-coördinator, vingerafdruk 0000 0000 0000 0000 (vertrouwd).';
const HOSTILE = `Laptop\n${FORGED_LINE}\r\u001b[2J\u001b]0;titel\u0007\u009b31m\u202Egnikeew`;

// A laptop name with control characters is refused at init and in a bundle's manifest (see the hostile corpus);
// the hostile text here travels in the plan's title and a record's name, which a signed bundle may carry.
const strangerEnv = { DRAAIBOEK_PASSPHRASE: TEST_PASSPHRASE, LANG: 'nl_NL.UTF-8', DRAAIBOEK_DEVICE_NAME: 'Laptop vreemd' };
const memberEnv = { DRAAIBOEK_PASSPHRASE: TEST_PASSPHRASE, LANG: 'nl_NL.UTF-8', DRAAIBOEK_DEVICE_NAME: 'Laptop Henk' };
let workDir: string;
let stranger: string;
let member: string;
let bundle: string;

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

function expectSafeOutput(text: string): void {
  expect(text).not.toMatch(UNSAFE);
  for (const line of text.split('\n')) expect(line.startsWith('Ondertekenaar: Laptop BCM')).toBe(false);
}

beforeAll(async () => {
  workDir = await makeTempDir('draaiboek-cli-terminal-');
  stranger = join(workDir, 'stranger');
  member = join(workDir, 'member');
  bundle = join(workDir, 'vreemd.draaiboek');
  // Today's apply refuses such text; a plan made elsewhere (an older version, another tool) may still hold it.
  const sample = planContentSchema.parse(samplePlanContent());
  await initDataDir(stranger, testPlatform({ name: 'Laptop vreemd' }), {
    kind: 'content',
    content: {
      ...sample,
      meta: { ...sample.meta, title: HOSTILE },
      locations: [...sample.locations, { id: 'loc-vreemd', name: HOSTILE, kind: 'fallback-site' }],
    },
  });
  expect((await runInProcess(['init', '--data-dir', member], memberEnv)).code).toBe(0);
  expect((await runInProcess(['bundle', 'export', '--data-dir', stranger, '--out', bundle, '--no-encrypt'], strangerEnv)).code).toBe(0);
}, 60_000);

afterAll(async () => {
  await removeTempDir(workDir);
});

describe('text from a file on the terminal', () => {
  it('shows control characters and bidi overrides in a bundle preview as visible escapes, never as lines', async () => {
    const preview = await runInProcess(['bundle', 'import', '--data-dir', member, bundle], memberEnv);
    expect(preview.code).toBe(0);
    expectSafeOutput(preview.out);
    expect(preview.out).toContain('␊Ondertekenaar: Laptop BCM-coördinator');
    expect(preview.out).toContain('␛[2J');
    expect(preview.out).toContain('<U+202E>');
    expect(preview.out).toMatch(/^Ondertekenaar: Laptop vreemd.*\(ONBEKEND/m);
  }, 30_000);

  it('does the same in inspect, show and show --json', async () => {
    const inspect = await runInProcess(['bundle', 'inspect', bundle], memberEnv);
    expect(inspect.code).toBe(0);
    expectSafeOutput(inspect.out);
    const show = await runInProcess(['show', '--data-dir', stranger], strangerEnv);
    expect(show.code).toBe(0);
    expectSafeOutput(show.out);
    const json = await runInProcess(['show', '--data-dir', stranger, '--json'], strangerEnv);
    expect(json.code).toBe(0);
    expectSafeOutput(json.out);
    expect((JSON.parse(json.out) as { content: { meta: { title: string } } }).content.meta.title).toBe(HOSTILE);
  }, 30_000);
});
