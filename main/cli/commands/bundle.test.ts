import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir, snapshotDir, TEST_PASSPHRASE } from '../../core/test-support/temp-data-dir.js';
import { runInProcess } from '../test-support/run-in-process.js';

const coordinatorEnv = { DRAAIBOEK_PASSPHRASE: TEST_PASSPHRASE, LANG: 'nl_NL.UTF-8', DRAAIBOEK_DEVICE_NAME: 'Laptop BCM' };
const memberEnv = { ...coordinatorEnv, DRAAIBOEK_DEVICE_NAME: 'Laptop Henk' };
let workDir: string;
let coordinator: string;
let member: string;
let passphraseFile: string;
let bundle: string;

beforeAll(async () => {
  workDir = await makeTempDir('draaiboek-cli-bundle-');
  coordinator = join(workDir, 'coordinator');
  member = join(workDir, 'member');
  passphraseFile = join(workDir, 'wachtwoordzin.txt');
  bundle = join(workDir, 'stick', 'voorbeeldstad.draaiboek');
  await writeFile(passphraseFile, 'groene tulp zeven kamers\n');
  expect((await runInProcess(['init', '--data-dir', coordinator, '--sample'], coordinatorEnv)).code).toBe(0);
  expect((await runInProcess(['init', '--data-dir', member], memberEnv)).code).toBe(0);
}, 30_000);

afterAll(async () => {
  await removeTempDir(workDir);
});

describe('draaiboek bundle', () => {
  it('exports an encrypted bundle, reads it back and registers the copy', async () => {
    const result = await runInProcess(['bundle', 'export', '--data-dir', coordinator, '--out', bundle, '--passphrase-file', passphraseFile], coordinatorEnv);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain('Bundel geschreven en teruggelezen');
    expect(result.out).toContain('versleuteld');
    expect(result.out).toContain('exemplaar 1');
    expect((await readFile(bundle)).subarray(0, 21).toString()).toBe('age-encryption.org/v1');
  }, 30_000);

  it('inspects a bundle without a data folder', async () => {
    const result = await runInProcess(['bundle', 'inspect', bundle, '--passphrase-file', passphraseFile], coordinatorEnv);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Gemeente Voorbeeldstad');
    expect(result.out).toMatch(/Laptop BCM, vingerafdruk [0-9A-F]{4} /);
    const wrong = join(workDir, 'fout.txt');
    await writeFile(wrong, 'niet deze');
    const refused = await runInProcess(['bundle', 'inspect', bundle, '--passphrase-file', wrong], coordinatorEnv);
    expect(refused.code).toBe(1);
    expect(refused.err).toBe('draaiboek: De wachtwoordzin van de bundel is onjuist.');
  }, 30_000);

  it('previews without --yes, refuses an unknown signer without --trust, and imports with both', async () => {
    const before = await snapshotDir(member);
    const preview = await runInProcess(['bundle', 'import', '--data-dir', member, bundle, '--passphrase-file', passphraseFile], memberEnv);
    expect(preview.code).toBe(0);
    expect(preview.out).toContain('Nieuw plan');
    expect(preview.out).toContain('ONBEKEND');
    expect(preview.out).toMatch(/personen: \d+ nieuw/);
    expect(preview.out).toContain('er is niets gewijzigd');
    expect(await snapshotDir(member)).toEqual(before);

    const untrusted = await runInProcess(['bundle', 'import', '--data-dir', member, bundle, '--passphrase-file', passphraseFile, '--yes'], memberEnv);
    expect(untrusted.code).toBe(4);
    expect(await snapshotDir(member)).toEqual(before);

    const imported = await runInProcess(['bundle', 'import', '--data-dir', member, bundle, '--passphrase-file', passphraseFile, '--yes', '--trust'], memberEnv);
    expect(imported.err).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('Ingelezen als revisie 2');
    const shown = await runInProcess(['show', '--data-dir', member], memberEnv);
    expect(shown.out).toContain('Gemeente Voorbeeldstad');

    const again = await runInProcess(['bundle', 'import', '--data-dir', member, bundle, '--passphrase-file', passphraseFile, '--yes'], memberEnv);
    expect(again.out).toContain('Al bijgewerkt');
    expect(again.code).toBe(0);
  }, 60_000);

  it('writes a readable kit with LEESMIJ.txt when asked, unencrypted only on --no-encrypt', async () => {
    const kit = join(workDir, 'kit');
    const refused = await runInProcess(['bundle', 'export', '--data-dir', coordinator, '--kit', kit], coordinatorEnv);
    expect(refused.code).toBe(2);
    const result = await runInProcess(['bundle', 'export', '--data-dir', coordinator, '--kit', kit, '--no-encrypt'], coordinatorEnv);
    expect(result.code).toBe(0);
    expect(result.out).toContain('NIET versleuteld');
    expect((await readdir(kit)).sort()).toEqual(['LEESMIJ.txt', 'gemeente-voorbeeldstad-r1.draaiboek']);
    const readme = (await readFile(join(kit, 'LEESMIJ.txt'), 'utf8')).replace(/\r\n/g, '\n');
    expect(readme).toContain('NIET versleuteld');
    expect(readme).toContain('draaiboek bundle import --data-dir MAP gemeente-voorbeeldstad-r1.draaiboek');
    expect(readme).toMatch(/\n {2}[0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4}\n/);
  }, 30_000);

  it('says what is missing', async () => {
    const result = await runInProcess(['bundle', 'verzend'], coordinatorEnv);
    expect(result.code).toBe(2);
    expect(result.err).toContain('kies export, import of inspect');
  });
});
