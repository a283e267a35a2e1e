import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planContentSchema } from '../../shared/plan/plan.js';
import { dataDirLayout } from '../core/store/data-dir-layout.js';
import { historyPath } from '../core/store/history.js';
import { makeTempDir, removeTempDir, snapshotDir, TEST_PASSPHRASE } from '../core/test-support/temp-data-dir.js';
import { runInProcess } from './test-support/run-in-process.js';

const env = { DRAAIBOEK_PASSPHRASE: TEST_PASSPHRASE, LANG: 'nl_NL.UTF-8' };
let workDir: string;
let dataDir: string;

beforeAll(async () => {
  workDir = await makeTempDir('draaiboek-cli-');
  dataDir = join(workDir, 'data');
  const init = await runInProcess(['init', '--data-dir', dataDir, '--sample', '--name', 'Laptop BCM'], env);
  expect(init.err).toBe('');
  expect(init.code).toBe(0);
});

afterAll(async () => {
  await removeTempDir(workDir);
});

async function showJson(): Promise<{ revision: number; content: Record<string, unknown> & { people: { id: string; phones: { number: string }[] }[] } }> {
  const shown = await runInProcess(['show', '--data-dir', dataDir, '--json'], env);
  expect(shown.code).toBe(0);
  return JSON.parse(shown.out) as never;
}

describe('draaiboek init', () => {
  it('creates the store and key and prints the fingerprint', async () => {
    const again = await makeTempDir();
    const result = await runInProcess(['init', '--data-dir', join(again, 'd'), '--sample', '--name', 'Laptop BCM'], env);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Vingerafdruk van deze sleutel: [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4}/);
    expect(result.out).toContain('Gemeente Voorbeeldstad');
    await removeTempDir(again);
  });

  it('refuses to overwrite a data folder that holds a plan', async () => {
    const before = await snapshotDir(dataDir);
    const result = await runInProcess(['init', '--data-dir', dataDir, '--name', 'Laptop BCM'], env);
    expect(result.code).toBe(1);
    expect(result.err).toBe(`draaiboek: In ${dataDir} staat al een plan; er is niets overschreven.`);
    expect(await snapshotDir(dataDir)).toEqual(before);
  });

  it('asks for this laptop’s name and never takes the OS account’s, refusing without one', async () => {
    const again = await makeTempDir();
    const missing = await runInProcess(['init', '--data-dir', join(again, 'd'), '--sample'], env);
    expect(missing.code).toBe(1);
    expect(missing.err).toBe('draaiboek: Geef deze laptop een naam zoals collega’s hem zien, bijvoorbeeld "Laptop BCM-coördinator" (draaiboek init --name NAAM).');
    const control = await runInProcess(['init', '--data-dir', join(again, 'd'), '--name', 'Laptop\u0007BCM'], env);
    expect(control.code).toBe(1);
    expect(control.err).toContain('zonder stuurtekens');
    await expect(readdir(again)).resolves.toEqual([]);
    const named = await runInProcess(['init', '--data-dir', join(again, 'd'), '--sample', '--name', '  Laptop  BCM-coördinator '], env);
    expect(named.code).toBe(0);
    const trust = JSON.parse(await readFile(join(again, 'd', 'trust.json'), 'utf8')) as { signers: { name: string }[] };
    expect(trust.signers.map((signer) => signer.name)).toEqual(['Laptop BCM-coördinator']);
    await removeTempDir(again);
  });

  it('refuses a new key passphrase under 12 characters', async () => {
    const again = await makeTempDir();
    const result = await runInProcess(['init', '--data-dir', join(again, 'd'), '--name', 'Laptop BCM'], { ...env, DRAAIBOEK_PASSPHRASE: 'elf tekens!' });
    expect(result.code).toBe(1);
    expect(result.err).toBe('draaiboek: De wachtwoordzin is te kort: gebruik minstens 12 tekens. Er is niets geschreven.');
    await removeTempDir(again);
  });

  it('asks for a passphrase and refuses to store the key without one', async () => {
    const again = await makeTempDir();
    const result = await runInProcess(['init', '--data-dir', join(again, 'd'), '--name', 'Laptop BCM'], { LANG: 'en_GB.UTF-8' });
    expect(result.code).toBe(1);
    expect(result.err).toContain('A passphrase is needed');
    await removeTempDir(again);
  });
});

describe('draaiboek show', () => {
  it('shows the plan, its revision, signer and concrete gaps', async () => {
    const result = await runInProcess(['show', '--data-dir', dataDir], env);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Bedrijfscontinuïteitsplan Gemeente Voorbeeldstad');
    expect(result.out).toMatch(/Revisie \d+, opgeslagen/);
    expect(result.out).toContain('heeft geen plaatsvervanger');
    expect(result.out).toContain('geen telefoonnummer dat 24/7 bereikbaar is');
  });

  it('speaks English when LANG says so', async () => {
    const result = await runInProcess(['show', '--data-dir', dataDir], { ...env, LANG: 'en_US.UTF-8' });
    expect(result.out).toMatch(/Revision \d+, saved/);
    expect(result.out).toContain('has no deputy');
  });
});

describe('draaiboek verify', () => {
  it('exits 0 for the valid plan and names revision and signer', async () => {
    const result = await runInProcess(['verify', '--data-dir', dataDir], env);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Geldig: revisie \d+ van .*, ondertekend door [0-9A-F ]{19} \(Laptop BCM\)\.$/);
  });

  it('exits 3 for a tampered copy and says why', async () => {
    const copy = join(workDir, 'tampered.json');
    const text = await readFile(dataDirLayout(dataDir).planFile, 'utf8');
    await writeFile(copy, text.replace('+3164000', '+3164001'));
    const result = await runInProcess(['verify', '--data-dir', dataDir, copy], env);
    expect(result.code).toBe(3);
    expect(result.out).toContain('De handtekening klopt niet');
  });

  it('exits 4 for a plan signed by a key this laptop does not trust', async () => {
    const other = await makeTempDir();
    await runInProcess(['init', '--data-dir', join(other, 'd'), '--name', 'Laptop elders'], env);
    const result = await runInProcess(['verify', '--data-dir', dataDir, join(other, 'd', 'plan.json')], env);
    expect(result.code).toBe(4);
    expect(result.out).toMatch(/onbekende sleutel \([0-9A-F ]{19}\)/);
    await removeTempDir(other);
  });

  it('exits 5 for an older revision than the newest seen', async () => {
    const changes = join(workDir, 'rename.json');
    await writeFile(changes, JSON.stringify([{ op: 'updateMeta', set: { versionLabel: '3.1' } }]));
    expect((await runInProcess(['apply', '--data-dir', dataDir, changes], env)).code).toBe(0);
    const old = join(workDir, 'old.json');
    await copyFile(historyPath(dataDirLayout(dataDir), 1), old);
    const result = await runInProcess(['verify', '--data-dir', dataDir, old], env);
    expect(result.code).toBe(5);
    expect(result.out).toContain('oudere versie (revisie 1)');
  });

  it('exits 2 for wrong usage, with one line and no stack trace', async () => {
    const missing = await runInProcess(['verify'], env);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('draaiboek: Onjuist gebruik: de optie --data-dir ontbreekt');
    const unknown = await runInProcess(['frobnicate'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.err.split('\n')).toHaveLength(1);
    const badOption = await runInProcess(['verify', '--data-dir', dataDir, '--nope'], env);
    expect(badOption.code).toBe(2);
    expect(badOption.err).not.toMatch(/\n\s+at /);
  });
});

describe('draaiboek import-plan', () => {
  it('commits only the differences, keeping the stamps of everything else', async () => {
    const before = await showJson();
    const person = before.content.people.find((candidate) => candidate.phones.length > 0);
    if (person === undefined) throw new Error('sample plan has no phone numbers');
    const edited = structuredClone(before.content);
    const target = edited.people.find((candidate) => candidate.id === person.id);
    if (target?.phones[0] === undefined) throw new Error('person vanished');
    target.phones[0].number = '+31640009999';
    const file = join(workDir, 'edited-plan.json');
    await writeFile(file, JSON.stringify(edited, null, 2));

    const layout = dataDirLayout(dataDir);
    const stampsBefore = JSON.parse(await readFile(layout.planFile, 'utf8')).signed.plan.sync.stamps;
    const result = await runInProcess(['import-plan', '--data-dir', dataDir, file], env);
    expect(result.out).toBe(`1 wijzigingen overgenomen als revisie ${before.revision + 1}.`);
    const stampsAfter = JSON.parse(await readFile(layout.planFile, 'utf8')).signed.plan.sync.stamps;
    expect(stampsAfter.people[person.id].phones).not.toBe(stampsBefore.people[person.id].phones);
    stampsAfter.people[person.id].phones = stampsBefore.people[person.id].phones;
    expect(stampsAfter).toEqual(stampsBefore);

    const again = await runInProcess(['import-plan', '--data-dir', dataDir, file], env);
    expect(again.out).toContain('Geen verschillen');
    expect((await showJson()).revision).toBe(before.revision + 1);
  });

  it('refuses an invalid plan with the place of the problem, and changes nothing', async () => {
    const before = await snapshotDir(dataDir);
    const content = (await showJson()).content;
    const broken = { ...content, people: [{ id: 'p-x', name: 'Zonder nummer', phones: [{ number: '0612345678', kind: 'mobile' }] }] };
    const file = join(workDir, 'broken.json');
    await writeFile(file, JSON.stringify(broken));
    const result = await runInProcess(['import-plan', '--data-dir', dataDir, file], env);
    expect(result.code).toBe(1);
    expect(result.err).toContain('people.0.phones.0.number');
    expect(await snapshotDir(dataDir)).toEqual(before);
  });

  it.each([
    ['empty', ''],
    ['not JSON', '{"meta": '],
    ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d])],
    ['a __proto__ key', '{"meta": {}, "__proto__": {"polluted": true}}'],
    ['a duplicate key', '{"meta": {}, "meta": {}}'],
    ['nesting beyond the cap', `${'['.repeat(100)}${']'.repeat(100)}`],
  ])('refuses a file with %s and changes nothing', async (_name, bytes) => {
    const before = await snapshotDir(dataDir);
    const file = join(workDir, 'hostile.json');
    await writeFile(file, bytes);
    const result = await runInProcess(['import-plan', '--data-dir', dataDir, file], env);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^draaiboek: /);
    expect(result.err.split('\n')).toHaveLength(1);
    expect(await snapshotDir(dataDir)).toEqual(before);
  });
});

describe('draaiboek apply, history and restore', () => {
  it('applies a list of changes as one revision, lists it, and restores an older one', async () => {
    const { revision } = await showJson();
    const changes = join(workDir, 'changes.json');
    await writeFile(
      changes,
      JSON.stringify([
        { op: 'create', collection: 'locations', record: { id: 'loc-sporthal', name: 'Sporthal De Meent', kind: 'fallback-site' } },
        { op: 'updateMeta', set: { versionLabel: '3.2' } },
      ]),
    );
    const applied = await runInProcess(['apply', '--data-dir', dataDir, changes], env);
    expect(applied.out).toBe(`Wijzigingen doorgevoerd als revisie ${revision + 1}.`);

    const history = await runInProcess(['history', '--data-dir', dataDir], env);
    expect(history.out.split('\n')[0]).toMatch(new RegExp(`^revisie ${revision + 1}  \\d{4}-`));

    const restored = await runInProcess(['restore', '--data-dir', dataDir, '--revision', String(revision)], env);
    expect(restored.out).toBe(`Revisie ${revision} is hersteld als revisie ${revision + 2}.`);
    const after = await showJson();
    expect(after.revision).toBe(revision + 2);
    expect(JSON.stringify(after.content)).not.toContain('loc-sporthal');
  });

  it('refuses a change to a record that does not exist, and changes nothing', async () => {
    const before = await snapshotDir(dataDir);
    const changes = join(workDir, 'bad-changes.json');
    await writeFile(changes, JSON.stringify([{ op: 'update', collection: 'people', id: 'p-niemand', set: { name: 'X' } }]));
    const result = await runInProcess(['apply', '--data-dir', dataDir, changes], env);
    expect(result.code).toBe(1);
    expect(result.err).toContain('p-niemand');
    expect(await snapshotDir(dataDir)).toEqual(before);
  });
});

describe('draaiboek fixture', () => {
  it('writes a valid synthetic plan of about 100 KB', async () => {
    const out = join(workDir, 'fixture-s.json');
    const result = await runInProcess(['fixture', '--size', 'S', '--out', out], env);
    expect(result.code).toBe(0);
    const text = await readFile(out, 'utf8');
    expect(text.length).toBeGreaterThan(75_000);
    expect(text.length).toBeLessThan(200_000);
    expect(planContentSchema.safeParse(JSON.parse(text)).success).toBe(true);
  });
});

describe('the README', () => {
  it("shows change objects that apply to the sample plan as they stand", async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const example = /Change objects for `apply`:\s*```json\n([\s\S]*?)```/.exec(readme)?.[1];
    if (example === undefined) throw new Error('README lost its change example');
    const fresh = await makeTempDir();
    await runInProcess(['init', '--data-dir', join(fresh, 'd'), '--sample', '--name', 'Laptop BCM'], env);
    const file = join(fresh, 'changes.json');
    await writeFile(file, example);
    const result = await runInProcess(['apply', '--data-dir', join(fresh, 'd'), file], env);
    expect(result.err).toBe('');
    expect(result.out).toBe('Wijzigingen doorgevoerd als revisie 2.');
    await removeTempDir(fresh);
  });
});
