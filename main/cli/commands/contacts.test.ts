import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../core/contacts/test-support/read-fixture.js';
import { makeTempDir, removeTempDir, snapshotDir, TEST_PASSPHRASE } from '../../core/test-support/temp-data-dir.js';
import { runInProcess } from '../test-support/run-in-process.js';

const env = { DRAAIBOEK_PASSPHRASE: TEST_PASSPHRASE, LANG: 'nl_NL.UTF-8' };
let workDir: string;
let dataDir: string;

beforeAll(async () => {
  workDir = await makeTempDir('draaiboek-contacts-cli-');
  dataDir = join(workDir, 'data');
  const init = await runInProcess(['init', '--data-dir', dataDir, '--sample', '--name', 'Laptop BCM'], env);
  expect(init.code).toBe(0);
});

afterAll(async () => {
  await removeTempDir(workDir);
});

async function historyCount(): Promise<number> {
  const history = await runInProcess(['history', '--data-dir', dataDir], env);
  return history.out.split('\n').filter((line) => line.startsWith('revisie')).length;
}

describe('draaiboek contacts import', () => {
  it('prints one line per contact and changes nothing without --yes', async () => {
    const before = await snapshotDir(dataDir);
    const result = await runInProcess(['contacts', 'import', '--data-dir', dataDir, join(FIXTURES_DIR, 'outlook-en.csv')], env);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out.split('\n')).toEqual([
      'outlook-en.csv: Outlook-CSV, 4 contacten.',
      '  bijwerken   Henk Verbeek -> Henk Verbeek (gevonden op e-mailadres; wijzigt e-mailadressen, telefoonnummers)',
      '  nieuw       Jürgen Meijer-Smit',
      "  nieuw       Renée d'Hondt",
      '  nieuw       Søren Ærø',
      '3 nieuw, 1 bijwerken, 0 overslaan.',
      'Opmerkingen (3):',
      '  regel 2: Van Henk Verbeek is niet overgenomen: department.',
      '  regel 3: Van Jürgen Meijer-Smit is niet overgenomen: department, business fax, notes.',
      '  regel 6: Het nummer "12345" van Søren Ærø is geen geldig telefoonnummer en is niet overgenomen.',
      'Er is niets gewijzigd. Neem dit over met --yes.',
    ]);
    expect(await snapshotDir(dataDir)).toEqual(before);
  });

  it('speaks English when LANG says so', async () => {
    const result = await runInProcess(['contacts', 'import', '--data-dir', dataDir, join(FIXTURES_DIR, 'vcard40-uri.vcf')], {
      ...env,
      LANG: 'en_GB.UTF-8',
    });
    expect(result.out).toContain('  skip        Lotte Vermeulen -> Lotte Vermeulen (matched on phone number; nothing new)');
  });

  it('takes the proposed actions over as exactly one new revision with --yes', async () => {
    const revisionsBefore = await historyCount();
    const result = await runInProcess(
      ['contacts', 'import', '--data-dir', dataDir, '--yes', join(FIXTURES_DIR, 'google.csv')],
      env,
    );
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Contacten overgenomen als revisie 2\.$/);
    expect(await historyCount()).toBe(revisionsBefore + 1);
    const shown = await runInProcess(['show', '--data-dir', dataDir, '--json'], env);
    const content = (JSON.parse(shown.out) as { content: { people: { id: string; phones: { number: string }[] }[] } }).content;
    expect(content.people.find((person) => person.id === 'p-zoe-de-groot')?.phones).toHaveLength(3);
    expect(content.people.find((person) => person.id === 'p-paul-severs')?.phones.map((phone) => phone.number)).toContain('+31555302099');
  });

  it('makes no revision when the file brings nothing new', async () => {
    const file = join(FIXTURES_DIR, 'google.csv');
    const before = await snapshotDir(dataDir);
    const result = await runInProcess(['contacts', 'import', '--data-dir', dataDir, '--yes', file], env);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Niets over te nemen; er is geen nieuwe revisie gemaakt.');
    expect(await snapshotDir(dataDir)).toEqual(before);
  });

  it('refuses a file that is not a contacts export with one translated line', async () => {
    const before = await snapshotDir(dataDir);
    const result = await runInProcess(['contacts', 'import', '--data-dir', dataDir, '--yes', join(dataDir, 'plan.json')], env);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      'draaiboek: Het bestand plan.json is geen contactenexport die Draaiboek kent (Outlook-CSV, Google-CSV of vCard). Er is niets gewijzigd.',
    );
    expect(await snapshotDir(dataDir)).toEqual(before);
  });

  it('explains its usage when the subcommand or file is missing', async () => {
    const result = await runInProcess(['contacts', '--data-dir', dataDir], env);
    expect(result.code).toBe(2);
    expect(result.err).toContain('draaiboek contacts import --data-dir MAP BESTAND [--yes]');
  });
});

describe('draaiboek contacts import of a namesake', () => {
  it('shows a person found by name alone, and updates them with --yes only when --accept-name-matches confirms it', async () => {
    const file = join(workDir, 'naamgenoot.vcf');
    await writeFile(file, ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Henk Verbeek', 'EMAIL:henk@naamgenoot.example', 'TITLE:Kok', 'END:VCARD', ''].join('\r\n'));
    const henk = async () => {
      const shown = JSON.parse((await runInProcess(['show', '--data-dir', dataDir, '--json'], env)).out) as { content: { people: { id: string; emails: { address: string }[]; jobTitle?: string }[] } };
      return shown.content.people.find((person) => person.id === 'p-henk-verbeek');
    };
    const before = await henk();
    const applied = await runInProcess(['contacts', 'import', '--data-dir', dataDir, file, '--yes'], env);
    expect(applied.code).toBe(0);
    expect(applied.out).toContain('  naamgenoot  Henk Verbeek -> Henk Verbeek (alleen op naam gevonden; zou e-mailadressen, functie wijzigen; alleen met --accept-name-matches)');
    expect(applied.out).toContain('0 nieuw, 0 bijwerken, 1 overslaan.');
    expect(await henk()).toEqual(before);

    const confirmed = await runInProcess(['contacts', 'import', '--data-dir', dataDir, file, '--yes', '--accept-name-matches'], env);
    expect(confirmed.code).toBe(0);
    expect(confirmed.out).toContain('0 nieuw, 1 bijwerken, 0 overslaan.');
    const updated = await henk();
    expect(updated).toMatchObject({ jobTitle: 'Kok' });
    expect(updated?.emails.map((email) => email.address)).toContain('henk@naamgenoot.example');
  });
});
