import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initDataDir } from '../core/data-dir/init-data-dir.js';
import { makeTempDir, removeTempDir, snapshotDir, testPlatform, TEST_PASSPHRASE } from '../core/test-support/temp-data-dir.js';
import { runInProcess } from './test-support/run-in-process.js';

/*
 * A number no network connects (a Dutch mobile a digit short passes E.164) is refused where it enters the
 * plan, by import and by change, naming it, and nothing changes. A plan that already holds one, signed before
 * this rule, still opens and takes every other edit; its health list names the number.
 */
const env = { DRAAIBOEK_PASSPHRASE: TEST_PASSPHRASE, LANG: 'nl_NL.UTF-8', DRAAIBOEK_DEVICE_NAME: 'Laptop BCM' };
const SHORT = '+3164009002';
interface Phone { number: string; kind: string; private?: boolean }
interface Person { id: string; name: string; phones: Phone[] }
type Content = Record<string, unknown> & { people: Person[] };

let workDir: string;
let dataDir: string;
let content: Content;

async function show(dir: string): Promise<{ content: Content; health: { code: string; params: Record<string, unknown> }[] }> {
  const shown = await runInProcess(['show', '--data-dir', dir, '--json'], env);
  expect(shown.code, shown.err).toBe(0);
  return JSON.parse(shown.out) as { content: Content; health: { code: string; params: Record<string, unknown> }[] };
}

async function expectRefusedUnchanged(argv: string[], language: 'nl' | 'en', text: string): Promise<void> {
  const before = await snapshotDir(dataDir);
  const result = await runInProcess(argv, { ...env, LANG: language === 'nl' ? 'nl_NL.UTF-8' : 'en_GB.UTF-8' });
  expect(result.code).toBe(1);
  expect(result.err).toContain(text);
  expect(await snapshotDir(dataDir)).toEqual(before);
}

function withShortNumber(people: readonly Person[]): Person[] {
  return people.map((person, index) => (index === 0 ? { ...person, phones: [...person.phones, { number: SHORT, kind: 'mobile', private: false }] } : person));
}

beforeAll(async () => {
  workDir = await makeTempDir('draaiboek-undialable-');
  dataDir = join(workDir, 'plan');
  expect((await runInProcess(['init', '--data-dir', dataDir, '--sample'], env)).code).toBe(0);
  content = (await show(dataDir)).content;
}, 60_000);

afterAll(async () => {
  await removeTempDir(workDir);
});

describe('a number that cannot be dialled', () => {
  it('import-plan refuses it, naming the number and its holder, in both languages', async () => {
    const file = join(workDir, 'short.json');
    await writeFile(file, JSON.stringify({ ...content, people: withShortNumber(content.people) }));
    const name = content.people[0]?.name ?? '';
    await expectRefusedUnchanged(['import-plan', '--data-dir', dataDir, file], 'nl', `Het nummer ${SHORT} van ${name} bestaat niet`);
    await expectRefusedUnchanged(['import-plan', '--data-dir', dataDir, file], 'en', `The number ${SHORT} of ${name} does not exist`);
  }, 60_000);

  it('apply refuses it in a person, a supplier\'s 24/7 line and the plan\'s general number', async () => {
    const file = join(workDir, 'short-changes.json');
    const person = content.people[0];
    const attempts = [
      [{ op: 'update', collection: 'people', id: person?.id, set: { phones: withShortNumber(content.people)[0]?.phones } }],
      [{ op: 'create', collection: 'organisations', record: { id: 'org-kortnet', name: 'Kortnet', kind: 'supplier', line24x7: '+3120123' } }],
      [{ op: 'updateMeta', set: { generalPhone: '+3155580100' } }],
    ];
    for (const changes of attempts) {
      await writeFile(file, JSON.stringify(changes));
      await expectRefusedUnchanged(['apply', '--data-dir', dataDir, file], 'nl', 'bestaat niet');
    }
  }, 60_000);

  it('already in a signed plan, it opens, shows in the health list, and does not block other edits', async () => {
    const older = join(workDir, 'older');
    await initDataDir(older, testPlatform(), { kind: 'content', content: { ...content, people: withShortNumber(content.people) } });
    const opened = await show(older);
    expect(opened.content.people[0]?.phones.map((phone) => phone.number)).toContain(SHORT);
    expect(opened.health.filter((gap) => gap.code === 'phoneNotDialable').map((gap) => gap.params['number'])).toEqual([SHORT]);

    const label = join(workDir, 'label.json');
    await writeFile(label, JSON.stringify([{ op: 'updateMeta', set: { versionLabel: 'met oud nummer' } }]));
    expect((await runInProcess(['apply', '--data-dir', older, label], env)).code).toBe(0);
    const file = join(workDir, 'same-numbers.json');
    await writeFile(file, JSON.stringify({ ...opened.content, meta: { ...(opened.content['meta'] as object), versionLabel: 'ingelezen' } }));
    const imported = await runInProcess(['import-plan', '--data-dir', older, file], env);
    expect(imported.code, imported.err).toBe(0);
  }, 60_000);
});
