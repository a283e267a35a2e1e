import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir, TEST_PASSPHRASE } from '../core/test-support/temp-data-dir.js';
import { runInProcess } from './test-support/run-in-process.js';

interface ShownPlan {
  readonly content: { readonly people: readonly { readonly id: string; readonly emails: readonly { address: string; kind: string }[] }[] };
}

const env = { DRAAIBOEK_PASSPHRASE: TEST_PASSPHRASE, LANG: 'nl_NL.UTF-8' };
let workDir: string;

beforeAll(async () => {
  workDir = await makeTempDir('draaiboek-import-format-1-');
});

afterAll(async () => {
  await removeTempDir(workDir);
});

describe('draaiboek import-plan of content kept from plan format 1', () => {
  it('takes a person’s single e-mail address as the first of their addresses', async () => {
    const dataDir = join(workDir, 'data');
    expect((await runInProcess(['init', '--data-dir', dataDir, '--name', 'Laptop BCM'], env)).code).toBe(0);
    const sample = JSON.parse(await readFile(new URL('../../resources/sample/voorbeeldstad.plan.json', import.meta.url), 'utf8')) as {
      people: { id: string; emails?: { address: string }[]; email?: string }[];
    };
    // What `show --json` wrote before a person had several addresses: one `email`, no format number.
    const formatOne = {
      ...sample,
      people: sample.people.map(({ emails, ...person }) => ({ ...person, ...(emails?.[0] === undefined ? {} : { email: 'oud.' + emails[0].address }) })),
    };
    const file = join(workDir, 'plan-format-1.json');
    await writeFile(file, JSON.stringify(formatOne));

    const result = await runInProcess(['import-plan', '--data-dir', dataDir, file], env);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const shown = JSON.parse((await runInProcess(['show', '--data-dir', dataDir, '--json'], env)).out) as ShownPlan;
    const withAddress = formatOne.people.find((person) => person.email !== undefined);
    const imported = shown.content.people.find((person) => person.id === withAddress?.id);
    expect(imported?.emails).toEqual([{ address: withAddress?.email, kind: 'work' }]);
  });
});
