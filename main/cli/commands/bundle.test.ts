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

  it('keeps the bundle inside the kit folder that describes it, and the readme lists exactly the files there', async () => {
    const usb = join(workDir, 'usb');
    const before = await snapshotDir(coordinator);
    const outside = await runInProcess(
      ['bundle', 'export', '--data-dir', coordinator, '--out', join(usb, 'k.draaiboek'), '--kit', join(usb, 'k'), '--passphrase-file', passphraseFile],
      coordinatorEnv,
    );
    expect(outside.code).toBe(1);
    expect(outside.err).toBe(`draaiboek: De bundel hoort in de leesbare map die hem beschrijft: ${join(usb, 'k.draaiboek')} ligt buiten ${join(usb, 'k')}. Laat --out weg, of geef alleen een bestandsnaam in die map.`);
    await expect(readdir(usb)).rejects.toThrow();
    expect(await snapshotDir(coordinator)).toEqual(before);

    const named = await runInProcess(
      ['bundle', 'export', '--data-dir', coordinator, '--out', 'k.draaiboek', '--kit', join(usb, 'k'), '--passphrase-file', passphraseFile],
      coordinatorEnv,
    );
    expect(named.err).toBe('');
    expect(named.code).toBe(0);
    const present = (await readdir(join(usb, 'k'))).sort();
    expect(present).toEqual(['LEESMIJ.txt', 'k.draaiboek']);
    const readme = await readFile(join(usb, 'k', 'LEESMIJ.txt'), 'utf8');
    expect([...readme.matchAll(/^ {2}- (.+?): /gm)].map((match) => match[1]).sort()).toEqual(present);
    expect(readme).toContain('  - k.draaiboek: versleuteld, alleen leesbaar met de wachtwoordzin');
  }, 30_000);

  it('accepts --audience and refuses a bundle for the organisation with the explained message', async () => {
    const before = await snapshotDir(coordinator);
    const out = join(workDir, 'doelgroep', 'b.draaiboek');
    const refused = await runInProcess(['bundle', 'export', '--data-dir', coordinator, '--out', out, '--passphrase-file', passphraseFile, '--audience', 'organisation'], coordinatorEnv);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('draaiboek: Een bundel bevat het hele plan, met alle privénummers: hij is alleen voor het crisisteam.');
    const english = await runInProcess(['bundle', 'export', '--data-dir', coordinator, '--out', out, '--passphrase-file', passphraseFile, '--audience', 'organisation'], { ...coordinatorEnv, LANG: 'en_GB.UTF-8' });
    expect(english.err).toContain('it is for the crisis team only');
    const unknown = await runInProcess(['bundle', 'export', '--data-dir', coordinator, '--out', out, '--passphrase-file', passphraseFile, '--audience', 'iedereen'], coordinatorEnv);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('onbekende doelgroep "iedereen"');
    await expect(readdir(join(workDir, 'doelgroep'))).rejects.toThrow();
    expect(await snapshotDir(coordinator)).toEqual(before);

    const accepted = await runInProcess(['bundle', 'export', '--data-dir', coordinator, '--out', out, '--passphrase-file', passphraseFile, '--audience', 'crisis-team'], coordinatorEnv);
    expect(accepted.code).toBe(0);
  }, 30_000);

  it('refuses a bundle passphrase under 10 characters, writing nothing', async () => {
    const short = join(workDir, 'kort.txt');
    await writeFile(short, '123456789\n');
    const before = await snapshotDir(coordinator);
    const refused = await runInProcess(['bundle', 'export', '--data-dir', coordinator, '--out', join(workDir, 'kort', 'b.draaiboek'), '--passphrase-file', short], coordinatorEnv);
    expect(refused.code).toBe(1);
    expect(refused.err).toBe('draaiboek: De wachtwoordzin is te kort: gebruik minstens 10 tekens. Er is niets geschreven.');
    await expect(readdir(join(workDir, 'kort'))).rejects.toThrow();
    expect(await snapshotDir(coordinator)).toEqual(before);
  });

  it('shows a second key under a trusted name with both fingerprints and refuses it without --trust-name-collision', async () => {
    // A stranger names its laptop as the coordinator's, takes the plan, edits it and sends it to the member.
    const stranger = join(workDir, 'stranger');
    const strangerEnv = { ...coordinatorEnv, DRAAIBOEK_DEVICE_NAME: 'laptop bcm' };
    expect((await runInProcess(['init', '--data-dir', stranger], strangerEnv)).code).toBe(0);
    const taken = await runInProcess(['bundle', 'import', '--data-dir', stranger, bundle, '--passphrase-file', passphraseFile, '--yes', '--trust', '--trust-name-collision'], strangerEnv);
    expect(taken.code).toBe(0);
    const changes = join(workDir, 'wijziging.json');
    await writeFile(changes, JSON.stringify([{ op: 'updateMeta', set: { versionLabel: 'door een vreemde' } }]));
    expect((await runInProcess(['apply', '--data-dir', stranger, changes], strangerEnv)).code).toBe(0);
    const forged = join(workDir, 'stick', 'vreemd.draaiboek');
    expect((await runInProcess(['bundle', 'export', '--data-dir', stranger, '--out', forged, '--passphrase-file', passphraseFile], strangerEnv)).code).toBe(0);

    const before = await snapshotDir(member);
    const refused = await runInProcess(['bundle', 'import', '--data-dir', member, forged, '--passphrase-file', passphraseFile, '--yes', '--trust'], memberEnv);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('LET OP: twee sleutels met dezelfde naam.');
    const fingerprints = [...refused.err.matchAll(/[0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4}/g)].map((match) => match[0]);
    expect(new Set(fingerprints).size).toBe(2);
    expect(await snapshotDir(member)).toEqual(before);

    const confirmed = await runInProcess(['bundle', 'import', '--data-dir', member, forged, '--passphrase-file', passphraseFile, '--yes', '--trust', '--trust-name-collision'], memberEnv);
    expect(confirmed.err).toContain('LET OP');
    expect(confirmed.code).toBe(0);
  }, 60_000);

  it('says what is missing', async () => {
    const result = await runInProcess(['bundle', 'verzend'], coordinatorEnv);
    expect(result.code).toBe(2);
    expect(result.err).toContain('kies export, import of inspect');
  });
});
