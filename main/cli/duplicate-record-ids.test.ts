import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDeviceKey } from '../core/crypto/device-key-store.js';
import { signToEnvelopeText } from '../core/crypto/envelope.js';
import { createPassphraseProtector } from '../core/crypto/key-protection.js';
import { dataDirLayout } from '../core/store/data-dir-layout.js';
import { historyPath } from '../core/store/history.js';
import { makeTempDir, removeTempDir, snapshotDir, TEST_PASSPHRASE } from '../core/test-support/temp-data-dir.js';
import { runInProcess } from './test-support/run-in-process.js';

/*
 * Two records of one collection under one id: every door that takes content refuses it whole, names the id and
 * the collection, and leaves the folder as it was.
 */
const coordinatorEnv = { DRAAIBOEK_PASSPHRASE: TEST_PASSPHRASE, LANG: 'nl_NL.UTF-8', DRAAIBOEK_DEVICE_NAME: 'Laptop BCM' };
const memberEnv = { ...coordinatorEnv, DRAAIBOEK_DEVICE_NAME: 'Laptop Henk' };
type Json = Record<string, unknown>;
interface Person { id: string; name: string; jobTitle?: string }

let workDir: string;
let coordinator: string;
let member: string;
let content: Json & { people: Person[] };

beforeAll(async () => {
  workDir = await makeTempDir('draaiboek-duplicate-ids-');
  coordinator = join(workDir, 'coordinator');
  member = join(workDir, 'member');
  expect((await runInProcess(['init', '--data-dir', coordinator, '--sample'], coordinatorEnv)).code).toBe(0);
  expect((await runInProcess(['init', '--data-dir', member], memberEnv)).code).toBe(0);
  const shown = await runInProcess(['show', '--data-dir', coordinator, '--json'], coordinatorEnv);
  content = (JSON.parse(shown.out) as { content: typeof content }).content;
}, 60_000);

afterAll(async () => {
  await removeTempDir(workDir);
});

/** The people of `people` with a second person under the first one's id. */
function withTwin(people: readonly Person[]): Person[] {
  const [first] = people;
  if (first === undefined) throw new Error('no people');
  return [...people, { ...first, name: 'Tweeling van de eerste', jobTitle: 'Naamgenoot' }];
}

async function expectRefusedUnchanged(dataDir: string, argv: string[], env: Json, id: string, collection: string): Promise<void> {
  const before = await snapshotDir(dataDir);
  const result = await runInProcess(argv, env as Record<string, string>);
  expect(result.code).toBe(1);
  expect(result.err).toContain(id);
  expect(result.err).toContain(collection);
  expect(await snapshotDir(dataDir)).toEqual(before);
}

/** A signed plan file's `signed` part changed by `change` and signed again by the folder's own key. */
async function resigned(dataDir: string, planText: string, change: (signed: Json & { plan: { content: typeof content } }) => void): Promise<string> {
  const key = await loadDeviceKey(dataDir, createPassphraseProtector(TEST_PASSPHRASE));
  const envelope = JSON.parse(planText) as { signed: Json & { plan: { content: typeof content } } };
  change(envelope.signed);
  return signToEnvelopeText(envelope.signed, [key]);
}

describe('two records under one id', () => {
  it('import-plan refuses them in both languages, naming the id and the collection', async () => {
    const file = join(workDir, 'twins.json');
    await writeFile(file, JSON.stringify({ ...content, people: withTwin(content.people) }));
    const id = content.people[0]?.id ?? '';
    await expectRefusedUnchanged(coordinator, ['import-plan', '--data-dir', coordinator, file], coordinatorEnv, id, 'people');
    const english = await runInProcess(['import-plan', '--data-dir', coordinator, file], { ...coordinatorEnv, LANG: 'en_GB.UTF-8' });
    expect(english.err).toBe(`draaiboek: The id ${id} occurs more than once in people: every record needs its own id. Nothing was changed.`);
  });

  it('init refuses a plan made of them', async () => {
    const twins = { ...content, locations: [{ id: 'loc-a', name: 'A', kind: 'office' }, { id: 'loc-a', name: 'B', kind: 'office' }] };
    const file = join(workDir, 'twins-init.json');
    await writeFile(file, JSON.stringify(twins));
    const { initDataDir } = await import('../core/data-dir/init-data-dir.js');
    const { testPlatform } = await import('../core/test-support/temp-data-dir.js');
    const fresh = join(workDir, 'fresh');
    await expect(initDataDir(fresh, testPlatform(), { kind: 'content', content: twins })).rejects.toMatchObject({
      code: 'RECORD_ID_DUPLICATE',
      params: { collection: 'locations', id: 'loc-a' },
    });
  });

  it('apply refuses a second record under an id, in one list or against the plan', async () => {
    const file = join(workDir, 'twin-changes.json');
    const record = { id: 'loc-sporthal', name: 'Sporthal', kind: 'fallback-site' };
    await writeFile(file, JSON.stringify([{ op: 'create', collection: 'locations', record }, { op: 'create', collection: 'locations', record: { ...record, name: 'Andere sporthal' } }]));
    await expectRefusedUnchanged(coordinator, ['apply', '--data-dir', coordinator, file], coordinatorEnv, 'loc-sporthal', 'locations');
    const person = content.people[0];
    await writeFile(file, JSON.stringify([{ op: 'create', collection: 'people', record: { ...person, name: 'Naamgenoot' } }]));
    await expectRefusedUnchanged(coordinator, ['apply', '--data-dir', coordinator, file], coordinatorEnv, person?.id ?? '', 'people');
  });

  it('bundle import refuses a validly signed bundle that holds them, to adopt or to merge', async () => {
    const plain = join(workDir, 'plain.draaiboek');
    const exported = await runInProcess(['bundle', 'export', '--data-dir', coordinator, '--out', plain, '--no-encrypt'], coordinatorEnv);
    expect(exported.code).toBe(0);
    const bundle = JSON.parse(await readFile(plain, 'utf8')) as Json & { plan: Json; manifest: { signed: Json } };
    const plan = JSON.parse(await resigned(coordinator, JSON.stringify(bundle.plan), (signed) => (signed.plan.content.people = withTwin(signed.plan.content.people)))) as { signatures: { sig: string }[] };
    const key = await loadDeviceKey(coordinator, createPassphraseProtector(TEST_PASSPHRASE));
    const manifest = JSON.parse(signToEnvelopeText({ ...bundle.manifest.signed, planSignature: plan.signatures[0]?.sig }, [key])) as Json;
    const twins = join(workDir, 'twins.draaiboek');
    await writeFile(twins, JSON.stringify({ ...bundle, plan, manifest }));
    const id = content.people[0]?.id ?? '';
    await expectRefusedUnchanged(member, ['bundle', 'import', '--data-dir', member, twins, '--trust', '--yes'], memberEnv, id, 'people');

    // The member takes the good bundle, so the next one would merge.
    expect((await runInProcess(['bundle', 'import', '--data-dir', member, plain, '--trust', '--yes'], memberEnv)).code).toBe(0);
    await expectRefusedUnchanged(member, ['bundle', 'import', '--data-dir', member, twins, '--yes'], memberEnv, id, 'people');
  }, 60_000);

  it('restore refuses a past revision that holds them', async () => {
    const changes = join(workDir, 'label.json');
    await writeFile(changes, JSON.stringify([{ op: 'updateMeta', set: { versionLabel: 'dubbel' } }]));
    expect((await runInProcess(['apply', '--data-dir', coordinator, changes], coordinatorEnv)).code).toBe(0);
    const first = historyPath(dataDirLayout(coordinator), 1);
    await writeFile(first, await resigned(coordinator, await readFile(first, 'utf8'), (signed) => (signed.plan.content.people = withTwin(signed.plan.content.people))));
    const id = content.people[0]?.id ?? '';
    await expectRefusedUnchanged(coordinator, ['restore', '--data-dir', coordinator, '--revision', '1'], coordinatorEnv, id, 'people');
  }, 60_000);
});
