import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAgeBytes } from '../core/crypto/age-file.js';
import { makeTempDir, removeTempDir, snapshotDir, TEST_PASSPHRASE } from '../core/test-support/temp-data-dir.js';
import { runInProcess } from './test-support/run-in-process.js';

const env = { DRAAIBOEK_PASSPHRASE: TEST_PASSPHRASE, LANG: 'en_GB.UTF-8' };
let workDir: string;
let dataDir: string;

beforeAll(async () => {
  workDir = await makeTempDir('draaiboek-cli-');
  dataDir = join(workDir, 'data');
  const init = await runInProcess(['init', '--data-dir', dataDir, '--sample', '--encrypted', '--name', 'Laptop BCM'], env);
  expect(init.err).toBe('');
  expect(init.code).toBe(0);
});

afterAll(async () => {
  await removeTempDir(workDir);
});

describe('draaiboek on an encrypted folder', () => {
  it('init --encrypted writes an age file; show, verify and history work after unlocking', async () => {
    expect(isAgeBytes(await readFile(join(dataDir, 'plan.json')))).toBe(true);
    const shown = await runInProcess(['show', '--data-dir', dataDir, '--json'], env);
    expect(shown.code).toBe(0);
    expect(shown.out).toContain('Voorbeeldstad');
    expect((await runInProcess(['verify', '--data-dir', dataDir], env)).code).toBe(0);
    expect((await runInProcess(['verify', '--data-dir', dataDir, join(dataDir, 'history', '00000001.json')], env)).code).toBe(0);
    expect((await runInProcess(['history', '--data-dir', dataDir], env)).out).toMatch(/revision 1 +20/);
  });

  it('a wrong passphrase changes nothing', async () => {
    const before = await snapshotDir(dataDir);
    const result = await runInProcess(['encryption', 'off', '--data-dir', dataDir], { ...env, DRAAIBOEK_PASSPHRASE: 'not the passphrase' });
    expect(result.code).toBe(1);
    expect(result.err).toBe('draaiboek: The passphrase is wrong.');
    expect(await snapshotDir(dataDir)).toEqual(before);
  });

  it('encryption off, then on again, rewrites the plan in the other form', async () => {
    const off = await runInProcess(['encryption', 'off', '--data-dir', dataDir], env);
    expect(off.out).toBe(`Encryption at rest is off for ${dataDir}: every file with plan content was rewritten unencrypted.`);
    expect(isAgeBytes(await readFile(join(dataDir, 'plan.json')))).toBe(false);
    expect((await runInProcess(['encryption', 'off', '--data-dir', dataDir], env)).out).toContain('already off');
    expect((await runInProcess(['encryption', 'on', '--data-dir', dataDir], env)).code).toBe(0);
    expect(isAgeBytes(await readFile(join(dataDir, 'history', '00000001.json')))).toBe(true);
    const usage = await runInProcess(['encryption', 'maybe', '--data-dir', dataDir], env);
    expect(usage.code).toBe(2);
  });
});
