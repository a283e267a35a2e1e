import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir, TEST_PASSPHRASE } from '../core/test-support/temp-data-dir.js';
import { runInProcess } from './test-support/run-in-process.js';

const env = { DRAAIBOEK_PASSPHRASE: TEST_PASSPHRASE, LANG: 'nl_NL.UTF-8', DRAAIBOEK_DEVICE_NAME: 'Laptop test' };
let workDir: string;
let dataDir: string;

beforeAll(async () => {
  workDir = await makeTempDir('draaiboek-restore-');
  dataDir = join(workDir, 'data');
  expect((await runInProcess(['init', '--data-dir', dataDir, '--sample'], env)).code).toBe(0);
  const changes = join(workDir, 'delete.json');
  await writeFile(changes, JSON.stringify([{ op: 'delete', collection: 'exercises', id: 'oef-2025-ransomware' }]));
  expect((await runInProcess(['apply', '--data-dir', dataDir, changes], env)).code).toBe(0);
});

afterAll(async () => {
  await removeTempDir(workDir);
});

describe('restore of a revision that holds a record deleted since', () => {
  it('names the new id the record comes back under, and why a deletion is final', async () => {
    const result = await runInProcess(['restore', '--data-dir', dataDir, '--revision', '1'], env);
    expect(result.code).toBe(0);
    expect(result.out.split('\n')).toEqual([
      'Revisie 1 is hersteld als revisie 3.',
      'oefeningen: oef-2025-ransomware is sindsdien verwijderd en komt terug als oef-2025-ransomware-r1.',
      'Een verwijdering is blijvend: bij elke synchronisatie blijft een verwijderde id verwijderd, ook op andere laptops. Onder een nieuwe id blijft het herstelde record overal bewaard.',
    ]);
    const shown = JSON.parse((await runInProcess(['show', '--data-dir', dataDir, '--json'], env)).out) as {
      content: { exercises: { id: string }[] };
    };
    const ids = shown.content.exercises.map((exercise) => exercise.id);
    expect(ids).toContain('oef-2025-ransomware-r1');
    expect(ids).not.toContain('oef-2025-ransomware');
  });

  it('is explained in the README and in the help', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain('### Restore and deleted records');
    expect(readme).toContain('oef-2025-ransomware-r1');
    expect((await runInProcess(['restore', '--help'], env)).out).toContain('een verwijdering is blijvend');
  });
});
