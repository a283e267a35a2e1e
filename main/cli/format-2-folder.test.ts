import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SPEC_VERSION, type PlanContent } from '../../shared/plan/plan.js';
import type { DeviceKeyPair } from '../core/crypto/keys.js';
import { openDataDir } from '../core/data-dir/open-data-dir.js';
import { adoptedContentHash } from '../core/plan/approval-seal.js';
import { dataDirLayout } from '../core/store/data-dir-layout.js';
import { historyPath } from '../core/store/history.js';
import { rewriteFolderAsFormat2, signedFileText } from '../core/test-support/format-2-folder.js';
import { makeTempDir, removeTempDir, snapshotDir, TEST_PASSPHRASE, testPlatform } from '../core/test-support/temp-data-dir.js';
import { runInProcess } from './test-support/run-in-process.js';

const env = { DRAAIBOEK_PASSPHRASE: TEST_PASSPHRASE, LANG: 'nl_NL.UTF-8', DRAAIBOEK_DEVICE_NAME: 'Laptop test' };
let workDir: string;
let dataDir: string;
let key: DeviceKeyPair;

async function cli(...argv: string[]) {
  return runInProcess([argv[0] ?? '', '--data-dir', dataDir, ...argv.slice(1)], env);
}

async function specVersionOf(path: string): Promise<number> {
  return (JSON.parse(await readFile(path, 'utf8')) as { signed: { specVersion: number } }).signed.specVersion;
}

async function shown(): Promise<{ revision: number; content: PlanContent }> {
  const result = await cli('show', '--json');
  expect(result.code, result.err).toBe(0);
  return JSON.parse(result.out) as { revision: number; content: PlanContent };
}

beforeAll(async () => {
  workDir = await makeTempDir('draaiboek-format-2-');
  dataDir = join(workDir, 'data');
  expect((await runInProcess(['init', '--data-dir', dataDir, '--sample'], env)).code).toBe(0);
  for (const [index, name] of ['Henk Verbeek-de Boer', 'Henk Verbeek'].entries()) {
    const changes = join(workDir, `change-${index}.json`);
    await writeFile(changes, JSON.stringify([{ op: 'update', collection: 'people', id: 'p-henk-verbeek', set: { name } }]));
    expect((await cli('apply', changes)).code).toBe(0);
  }
  // Revisions 1 to 3, plan and history, as the release with format 2 left them.
  key = await rewriteFolderAsFormat2(dataDir);
});

afterAll(async () => {
  await removeTempDir(workDir);
});

describe('a data folder written in format 2', () => {
  it('is format 2 on disk, plan and history', async () => {
    const layout = dataDirLayout(dataDir);
    expect(await specVersionOf(layout.planFile)).toBe(2);
    for (const revision of [1, 2, 3]) expect(await specVersionOf(historyPath(layout, revision))).toBe(2);
  });

  it('shows its content with the CLI, its exercises and their actions in the current format', async () => {
    const plan = await shown();
    expect(plan.revision).toBe(3);
    const ransomware = plan.content.exercises.find((exercise) => exercise.id === 'oef-2025-ransomware');
    expect(ransomware).toMatchObject({ status: 'held', scenarioIds: ['scen-cyberaanval'] });
    const actions = plan.content.improvementActions.filter((action) => action.sourceExerciseId === 'oef-2025-ransomware');
    expect(actions.length).toBeGreaterThan(0);
    expect(actions[0]).toMatchObject({ id: 'oef-2025-ransomware-actie-1', text: 'Signal-groep Crisisteam Voorbeeldstad inrichten en opnemen in het plan.', status: 'done' });
    expect(plan.content.people.find((person) => person.id === 'p-henk-verbeek')?.name).toBe('Henk Verbeek');
  });

  it('writes format 3 at the first save, and its format 2 history still verifies and reads', async () => {
    const changes = join(workDir, 'change-save.json');
    await writeFile(changes, JSON.stringify([{ op: 'update', collection: 'people', id: 'p-henk-verbeek', set: { name: 'H. Verbeek' } }]));
    expect((await cli('apply', changes)).code).toBe(0);
    const layout = dataDirLayout(dataDir);
    expect(await specVersionOf(layout.planFile)).toBe(SPEC_VERSION);
    expect(await specVersionOf(historyPath(layout, 4))).toBe(SPEC_VERSION);
    expect(await specVersionOf(historyPath(layout, 2))).toBe(2);
    expect((await cli('verify')).code).toBe(0);
    // Each format 2 copy verifies over its bytes as stored and reads in the current format.
    const opened = await openDataDir(dataDir, testPlatform(), 'read');
    try {
      for (const revision of [1, 2, 3]) {
        const past = await opened.store.readRevision(revision);
        expect(past).toMatchObject({ revision, specVersion: SPEC_VERSION });
      }
    } finally {
      await opened.close();
    }
    const history = await cli('history');
    expect(history.code, history.err).toBe(0);
    expect((await shown()).content.people.find((person) => person.id === 'p-henk-verbeek')?.name).toBe('H. Verbeek');
  });

  it('approves a revision whose history copy is still format 2: bound to that file signature and its content as read today', async () => {
    const layout = dataDirLayout(dataDir);
    const file = JSON.parse(await readFile(historyPath(layout, 2), 'utf8')) as { signatures: { keyid: string; sig: string }[] };
    const result = await cli('approve', '--revision', '2', '--by', 'college', '--date', '2026-11-24');
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const approval = (await shown()).content.approvals[0];
    expect(approval).toMatchObject({ revision: 2, revisionSignature: file.signatures[0]?.sig, revisionSignerKeyid: key.keyid });
    const opened = await openDataDir(dataDir, testPlatform(), 'read');
    try {
      expect(approval?.contentHash).toBe(adoptedContentHash((await opened.store.readRevision(2)).plan.content));
    } finally {
      await opened.close();
    }
  });
});

describe('a data folder written by a newer format', () => {
  it('is refused by the CLI with the clear message, and nothing changes', async () => {
    const newerDir = join(workDir, 'newer');
    expect((await runInProcess(['init', '--data-dir', newerDir, '--sample'], env)).code).toBe(0);
    const newerKey = await rewriteFolderAsFormat2(newerDir);
    const planFile = dataDirLayout(newerDir).planFile;
    const { signed } = JSON.parse(await readFile(planFile, 'utf8')) as { signed: Record<string, unknown> };
    await writeFile(planFile, signedFileText(newerKey, { ...signed, specVersion: SPEC_VERSION + 1 }));
    const snapshot = await snapshotDir(newerDir);
    const result = await runInProcess(['show', '--data-dir', newerDir], env);
    expect(result.code).not.toBe(0);
    expect(result.err).toContain(`Dit plan is gemaakt met een nieuwere versie van Draaiboek (formaat ${SPEC_VERSION + 1}, deze versie kent tot en met ${SPEC_VERSION}).`);
    expect(await snapshotDir(newerDir)).toEqual(snapshot);
  });
});
