import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir, snapshotDir, TEST_PASSPHRASE } from '../../core/test-support/temp-data-dir.js';
import { readPdf, squeeze } from '../../core/documents/test-support/pdf-tools.js';
import { runInProcess } from '../test-support/run-in-process.js';

const env = { DRAAIBOEK_PASSPHRASE: TEST_PASSPHRASE, LANG: 'nl_NL.UTF-8' };
let workDir: string;
let dataDir: string;
let d: string[];
let crisisId: string;

beforeAll(async () => {
  workDir = await makeTempDir('draaiboek-cli-crisis-');
  dataDir = join(workDir, 'data');
  d = ['--data-dir', dataDir];
  expect((await runInProcess(['init', ...d, '--sample', '--name', 'Laptop AOV'], env)).code).toBe(0);
}, 30_000);

afterAll(async () => {
  await removeTempDir(workDir);
});

async function run(argv: string[]) {
  return runInProcess(argv, env, workDir);
}

describe('draaiboek crisis', () => {
  it('starts an exercise, logs, decides, ticks, marks someone unavailable, and shows it all', async () => {
    const started = await run(['crisis', 'start', ...d, '--scenario', 'scen-gemeentehuis-gesloten', '--scenario', 'scen-netwerkstoring', '--exercise', '--by', 'Marieke']);
    expect(started.err).toBe('');
    expect(started.code).toBe(0);
    crisisId = started.out.trim();
    expect(crisisId).toMatch(/^[0-9a-f-]{36}$/);
    for (const argv of [
      ['crisis', 'log', ...d, '--text', 'Gemeentehuis ontruimd', '--from', 'AOV', '--to', 'GBT'],
      ['crisis', 'decide', ...d, '--text', 'Uitwijken naar Sporthal', '--rationale', 'Dichtbij', '--by', 'Burgemeester'],
      ['crisis', 'tick', ...d, '--step', '1'],
      ['crisis', 'tick', ...d, '--step', '2', '--not-applicable', 'Geen bezoekers'],
      ['crisis', 'unavailable', ...d, '--person', 'p-jeroen-mulder', '--reason', 'ill'],
    ]) {
      const result = await run(argv);
      expect(result.err, argv.join(' ')).toBe('');
      expect(result.code, argv.join(' ')).toBe(0);
    }
    const status = await run(['crisis', 'status', ...d]);
    expect(status.code).toBe(0);
    expect(status.out).toContain('OEFENING');
    expect(status.out).toContain('Gemeentehuis ontruimd');
    expect(status.out).toContain('Uitwijken naar Sporthal');
    expect(status.out).toMatch(/ {2}1\. \[x\]/);
    expect(status.out).toContain('niet van toepassing: Geen bezoekers');
    expect(status.out).toContain('Fatima El Amrani neemt waar');
    const json = JSON.parse((await run(['crisis', 'status', ...d, '--crisis', crisisId, '--json'])).out) as { state: { eventCount: number } };
    expect(json.state.eventCount).toBe(6);
    const list = await run(['crisis', 'list', ...d]);
    expect(list.out).toContain(crisisId);
    expect(list.out).toContain('lopend');
  }, 120_000);

  it('writes the signed record for the archive, and never over an existing file', async () => {
    const out = join(workDir, 'crisis.json');
    const result = await run(['crisis', 'export', 'record', ...d, '--out', out]);
    expect(result.code).toBe(0);
    const record = JSON.parse(await readFile(out, 'utf8')) as { _type: string; events: unknown[]; devices: { name?: string }[] };
    expect(record._type).toBe('draaiboek.crisis-record');
    expect(record.events).toHaveLength(6);
    expect(record.devices).toMatchObject([{ name: 'Laptop AOV' }]);
    expect((await run(['crisis', 'export', 'record', ...d, '--out', out])).code).toBe(1);
    const word = await run(['crisis', 'export', 'docx', ...d, '--language', 'nl', '--out', join(workDir, 'x.docx')]);
    expect(word.code).toBe(0);
    expect(word.out).toContain('Crisisverslag (Word) geschreven');
    expect((await readFile(join(workDir, 'x.docx'))).subarray(0, 2).toString()).toBe('PK');
    expect((await run(['crisis', 'export', 'docx', ...d, '--language', 'fr', '--out', join(workDir, 'y.docx')])).code).toBe(2);
  }, 60_000);

  it('writes the record as PDF through LibreOffice, and without LibreOffice says so and writes nothing', async () => {
    const out = join(workDir, 'x.pdf');
    const withoutSoffice = await runInProcess(['crisis', 'export', 'pdf', ...d, '--out', out], { ...env, PATH: '/nonexistent' }, workDir);
    expect(withoutSoffice.code).toBe(1);
    expect(withoutSoffice.err).toContain('LibreOffice');
    expect(await readdir(workDir)).not.toContain('x.pdf');

    const result = await runInProcess(['crisis', 'export', 'pdf', ...d, '--out', out], { ...env, PATH: process.env.PATH ?? '' }, workDir);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain('Crisisverslag (PDF, door LibreOffice) geschreven');
    const pdf = await readPdf(out);
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    expect(squeeze(pdf.text)).toContain('OEFENING');
    expect(squeeze(pdf.text)).toContain('Marieke');
  }, 240_000);

  it('exits 3 on a changed event and still lists the rest, with the laptop and time of the bad one', async () => {
    const dir = join(dataDir, 'crises', crisisId);
    const [file = ''] = await readdir(dir);
    const path = join(dir, file);
    const original = await readFile(path, 'utf8');
    await writeFile(path, original.replace('Gemeentehuis ontruimd', 'Gemeentehuis open'));
    try {
      const status = await run(['crisis', 'status', ...d]);
      expect(status.code).toBe(3);
      expect(status.out).toContain('Uitwijken naar Sporthal');
      expect(status.out).not.toContain('Gemeentehuis open');
      expect(status.err).toMatch(/geweigerd: gewijzigd na ondertekening, laptop [0-9A-F ]{19} \(Laptop AOV\), tijd \d{4}-/);
      expect((await run(['crisis', 'list', ...d])).code).toBe(3);
    } finally {
      await writeFile(path, original);
    }
  }, 60_000);

  it('refuses what it cannot record in one line, and changes nothing', async () => {
    const before = await snapshotDir(dataDir);
    for (const argv of [
      ['crisis', 'tick', ...d, '--step', '999'],
      ['crisis', 'unavailable', ...d, '--person', 'p-jeroen-mulder', '--reason', 'vakantie'],
      ['crisis', 'log', ...d, '--text', 'x', '--at', 'gisteren'],
      ['crisis', 'log', ...d],
      ['crisis', 'start', ...d],
    ]) {
      const result = await run(argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.err.split('\n'), argv.join(' ')).toHaveLength(1);
    }
    expect((await run(['crisis', 'unavailable', ...d, '--person', 'p-niemand'])).code).toBe(1);
    // A path that leads back to the crisis's own folder is no crisis id: nothing is signed under that name.
    const roundabout = `../crises/${crisisId}`;
    const outside = await run(['crisis', 'log', ...d, '--crisis', roundabout, '--text', 'via een omweg']);
    expect(outside.code).toBe(1);
    expect(outside.err).toContain(`Er is geen crisis met id ${roundabout}`);
    expect(await snapshotDir(dataDir)).toEqual(before);
  }, 60_000);

  it('closes the crisis, after which only an evaluation can be added', async () => {
    expect((await run(['crisis', 'close', ...d, '--by', 'Marieke'])).code).toBe(0);
    const late = await run(['crisis', 'log', ...d, '--crisis', crisisId, '--text', 'te laat']);
    expect(late.code).toBe(1);
    expect(late.err).toContain('afgesloten');
    expect((await run(['crisis', 'list', ...d])).out).toContain('afgesloten');
  }, 60_000);
});
