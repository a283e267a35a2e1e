import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir, snapshotDir, TEST_PASSPHRASE } from '../core/test-support/temp-data-dir.js';
import { runInProcess } from './test-support/run-in-process.js';

/* Control characters and bidi overrides never enter the plan through apply or import-plan. */
const env = { DRAAIBOEK_PASSPHRASE: TEST_PASSPHRASE, LANG: 'nl_NL.UTF-8' };
let workDir: string;
let dataDir: string;
let file: string;

beforeAll(async () => {
  workDir = await makeTempDir('draaiboek-plan-text-');
  dataDir = join(workDir, 'data');
  file = join(workDir, 'input.json');
  expect((await runInProcess(['init', '--data-dir', dataDir, '--sample', '--name', 'Laptop BCM'], env)).code).toBe(0);
});

afterAll(async () => {
  await removeTempDir(workDir);
});

async function run(argv: string[], language = env.LANG) {
  return runInProcess(argv, { ...env, LANG: language });
}

async function personId(): Promise<string> {
  const shown = JSON.parse((await run(['show', '--data-dir', dataDir, '--json'])).out) as { content: { people: { id: string }[] } };
  return shown.content.people[0]?.id ?? '';
}

describe('text the plan refuses', () => {
  it.each([
    ['NUL', '\u0000', '␀'],
    ['ESC', '\u001b', '␛'],
    ['VT', '\u000b', '␋'],
    ['U+FFFE', '\uFFFE', '<U+FFFE>'],
    ['a right-to-left override', '\u202E', '<U+202E>'],
    ['a left-to-right embedding', '\u202A', '<U+202A>'],
    ['a first-strong isolate', '\u2068', '<U+2068>'],
    ['a pop directional isolate', '\u2069', '<U+2069>'],
  ])('apply refuses %s in a field, naming the field, and changes nothing', async (_name, character, shown) => {
    const id = await personId();
    await writeFile(file, JSON.stringify([{ op: 'update', collection: 'people', id, set: { notes: `Bel eerst${character} de wachtdienst` } }]));
    const before = await snapshotDir(dataDir);
    const result = await run(['apply', '--data-dir', dataDir, file]);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `draaiboek: Het veld people.${id}.notes bevat een teken dat niet in het plan hoort (${shown}): stuurtekens en tekens die de leesrichting omkeren worden geweigerd. Er is niets veranderd.`,
    );
    expect(await snapshotDir(dataDir)).toEqual(before);
  });

  it('apply refuses a line break in a one-line field, in a new record and in the meta, in English too', async () => {
    await writeFile(file, JSON.stringify([{ op: 'create', collection: 'locations', record: { id: 'loc-x', name: 'Sporthal\nRegel 2', kind: 'office' } }]));
    const before = await snapshotDir(dataDir);
    const created = await run(['apply', '--data-dir', dataDir, file], 'en_GB.UTF-8');
    expect(created.code).toBe(1);
    expect(created.err).toContain('The field locations.loc-x.name holds a character that does not belong in the plan (␊)');
    await writeFile(file, JSON.stringify([{ op: 'updateMeta', set: { communication: ['Portofoon\u202Ekanaal 3'] } }]));
    const meta = await run(['apply', '--data-dir', dataDir, file]);
    expect(meta.err).toContain('Het veld meta.communication.0 bevat');
    expect(await snapshotDir(dataDir)).toEqual(before);
  });

  it('apply keeps tabs and line breaks in multi-line text', async () => {
    const id = await personId();
    await writeFile(file, JSON.stringify([{ op: 'update', collection: 'people', id, set: { notes: 'Regel 1\nRegel 2\tkolom' } }]));
    const result = await run(['apply', '--data-dir', dataDir, file]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
  });

  it('import-plan refuses a plan that holds such a character, naming the field by record id', async () => {
    const shown = JSON.parse((await run(['show', '--data-dir', dataDir, '--json'])).out) as { content: { people: { id: string; name: string }[] } };
    const [first] = shown.content.people;
    if (first === undefined) throw new Error('no people');
    first.name = `${first.name}\u202E`;
    await writeFile(file, JSON.stringify(shown.content));
    const before = await snapshotDir(dataDir);
    const result = await run(['import-plan', '--data-dir', dataDir, file]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`Het veld people.${first.id}.name bevat een teken dat niet in het plan hoort (<U+202E>)`);
    expect(await snapshotDir(dataDir)).toEqual(before);
  });
});
