import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFixtureContent } from '../core/fixtures/index.js';
import { makeTempDir, removeTempDir, TEST_PASSPHRASE } from '../core/test-support/temp-data-dir.js';
import { runInProcess } from './test-support/run-in-process.js';

/*
 * Slow by nature: the L test plan is about 12 MB and its import is tens of thousands of changes, signed and
 * written durably with a history copy. It runs once, on a folder of its own.
 */
const env = { DRAAIBOEK_PASSPHRASE: TEST_PASSPHRASE, LANG: 'nl_NL.UTF-8' };
let workDir: string;

beforeAll(async () => {
  workDir = await makeTempDir('draaiboek-import-large-');
});

afterAll(async () => {
  await removeTempDir(workDir);
});

describe('draaiboek import-plan of the largest plan the format takes (slow)', () => {
  it('takes the L test plan whole, however many changes it makes', async () => {
    const dataDir = join(workDir, 'data');
    const init = await runInProcess(['init', '--data-dir', dataDir, '--name', 'Laptop BCM'], env);
    expect(init.code).toBe(0);
    const content = generateFixtureContent('L');
    const file = join(workDir, 'large-plan.json');
    await writeFile(file, JSON.stringify(content));

    const result = await runInProcess(['import-plan', '--data-dir', dataDir, file], env);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const count = Number(/^(\d+) wijzigingen overgenomen als revisie 2\.$/.exec(result.out)?.[1]);
    expect(count).toBeGreaterThan(10_000);

    const shown = await runInProcess(['show', '--data-dir', dataDir, '--json'], env);
    const after = JSON.parse(shown.out) as { content: { people: unknown[]; processes: unknown[] } };
    expect(after.content.people).toHaveLength(content.people?.length ?? -1);
    expect(after.content.processes).toHaveLength(content.processes?.length ?? -1);
  }, 240_000);
});
