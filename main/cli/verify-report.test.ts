import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprintOf } from '../core/crypto/keys.js';
import { dataDirLayout } from '../core/store/data-dir-layout.js';
import { historyPath } from '../core/store/history.js';
import { makeTempDir, removeTempDir, TEST_PASSPHRASE } from '../core/test-support/temp-data-dir.js';
import { runInProcess } from './test-support/run-in-process.js';

const env = { DRAAIBOEK_PASSPHRASE: TEST_PASSPHRASE, LANG: 'nl_NL.UTF-8' };
const english = { ...env, LANG: 'en_GB.UTF-8' };
let workDir: string;
let dataDir: string;
let ownFingerprint: string;

async function keyidOf(planFile: string): Promise<string> {
  return (JSON.parse(await readFile(planFile, 'utf8')) as { signatures: { keyid: string }[] }).signatures[0]?.keyid ?? '';
}

beforeAll(async () => {
  workDir = await makeTempDir('draaiboek-verify-');
  dataDir = join(workDir, 'data');
  expect((await runInProcess(['init', '--data-dir', dataDir, '--sample', '--name', 'Laptop BCM'], env)).code).toBe(0);
  const changes = join(workDir, 'changes.json');
  await writeFile(changes, JSON.stringify([{ op: 'updateMeta', set: { versionLabel: '3.1' } }]));
  expect((await runInProcess(['apply', '--data-dir', dataDir, changes], env)).code).toBe(0);
  ownFingerprint = fingerprintOf(await keyidOf(dataDirLayout(dataDir).planFile));
});

afterAll(async () => {
  await removeTempDir(workDir);
});

describe('verify names revision, signer and reason in every outcome', () => {
  it('a valid plan: revision and signer, confirmed', async () => {
    const result = await runInProcess(['verify', '--data-dir', dataDir], env);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`revisie 2 van`);
    expect(result.out).toContain(`ondertekend door ${ownFingerprint} (Laptop BCM)`);
  });

  it('a tampered copy: the reason, and the revision and signer the file claims, marked as unconfirmed', async () => {
    const copy = join(workDir, 'tampered.json');
    await writeFile(copy, (await readFile(dataDirLayout(dataDir).planFile, 'utf8')).replace('+3164000', '+3164001'));
    const result = await runInProcess(['verify', '--data-dir', dataDir, copy], env);
    expect(result.code).toBe(3);
    expect(result.out.split('\n')).toEqual([
      'Ongeldig: De handtekening klopt niet: het plan is gewijzigd na ondertekening of beschadigd.',
      'Revisie: 2, volgens het bestand; geen geldige handtekening van een vertrouwde sleutel bevestigt dit',
      `Ondertekenaar: ${ownFingerprint} (Laptop BCM), volgens het bestand; de handtekening bevestigt dit niet`,
    ]);
  });

  it('a rollback: the reason, and the revision and signer its valid signature confirms', async () => {
    const old = join(workDir, 'old.json');
    await copyFile(historyPath(dataDirLayout(dataDir), 1), old);
    const result = await runInProcess(['verify', '--data-dir', dataDir, old], env);
    expect(result.code).toBe(5);
    const lines = result.out.split('\n');
    expect(lines[0]).toContain('oudere versie (revisie 1)');
    expect(lines.slice(1)).toEqual(['Revisie: 1', `Ondertekenaar: ${ownFingerprint} (Laptop BCM)`]);
  });

  it('an unknown signer: the reason, the revision the file claims, and the key as untrusted', async () => {
    const other = join(workDir, 'other');
    expect((await runInProcess(['init', '--data-dir', other, '--name', 'Laptop elders'], env)).code).toBe(0);
    const otherPlan = dataDirLayout(other).planFile;
    const otherFingerprint = fingerprintOf(await keyidOf(otherPlan));
    const result = await runInProcess(['verify', '--data-dir', dataDir, otherPlan], english);
    expect(result.code).toBe(4);
    expect(result.out.split('\n')).toEqual([
      `Invalid: The plan is signed by an unknown key (${otherFingerprint}).`,
      'Revision: 1, as the file says; no valid signature of a trusted key confirms it',
      `Signer: ${otherFingerprint}, a key this data folder does not trust`,
    ]);
  });

  it('a file that is not a plan: the reason, and that revision and signer cannot be read', async () => {
    const broken = join(workDir, 'broken.json');
    await writeFile(broken, '{"signed": {"revision": 3}, "signed": {}}');
    const result = await runInProcess(['verify', '--data-dir', dataDir, broken], env);
    expect(result.code).toBe(3);
    const lines = result.out.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^Ongeldig: /);
    expect(lines.slice(1)).toEqual(['Revisie: niet te lezen uit dit bestand', 'Ondertekenaar: niet te lezen uit dit bestand']);
  });
});
