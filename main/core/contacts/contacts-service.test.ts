import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkPlanHealth } from '../../../shared/plan/health/index.js';
import { createTranslator, isMessageKey, translateRuntime } from '../../../shared/i18n/index.js';
import { MAX_CONTACTS_FILE_BYTES } from '../../../shared/plan/vocabularies.js';
import { openDataDir, type OpenedDataDir } from '../data-dir/open-data-dir.js';
import { initTempDataDir, removeTempDir, snapshotDir, testPlatform } from '../test-support/temp-data-dir.js';
import { applyContactsImport, previewContactsImport } from './contacts-service.js';
import {
  contactsImportPreviewSchema,
  MAX_CONTACTS_LINE_CHARS,
  MAX_CONTACTS_PER_FILE,
  MAX_VCARD_ENTRY_CHARS,
} from './contacts-types.js';
import { readFixture } from './test-support/read-fixture.js';
import { dirname } from 'node:path';

let dataDir: string;
let opened: OpenedDataDir;

beforeEach(async () => {
  ({ dataDir } = await initTempDataDir({ kind: 'sample' }));
  opened = await openDataDir(dataDir, testPlatform(), 'write');
});

afterEach(async () => {
  await opened.close();
  await removeTempDir(dirname(dataDir));
});

async function fixtureInput(fileName: string) {
  return { fileName, bytes: await readFixture(fileName) };
}

function person(id: string) {
  return opened.store.current.plan.content.people.find((candidate) => candidate.id === id);
}

/** What the preview's problems say to a reader of the given language. */
function problemTexts(preview: { problems: readonly { key: string; params: Record<string, string | number> }[] }, language: 'nl' | 'en'): string[] {
  const t = createTranslator(language);
  return preview.problems.map((problem) => (isMessageKey(problem.key) ? translateRuntime(t, problem.key, problem.params) : problem.key));
}

describe('previewContactsImport', () => {
  it('proposes to update a person of the plan whose number changed, and changes nothing', async () => {
    const before = await snapshotDir(dataDir);
    const preview = await previewContactsImport(opened, await fixtureInput('outlook-en.csv'));
    expect(contactsImportPreviewSchema.parse(preview)).toEqual(preview);
    expect(preview.format).toBe('outlook-csv');
    expect(preview.entries[0]).toEqual({
      index: 0,
      incoming: {
        name: 'Henk Verbeek',
        emails: [
          { address: 'H.Verbeek@Voorbeeldstad.example', kind: 'work' },
          { address: 'burgemeester@voorbeeldstad.example', kind: 'work' },
          { address: 'bestuurssecretariaat@voorbeeldstad.example', kind: 'work' },
        ],
        jobTitle: 'Burgemeester',
        organisation: 'Gemeente Voorbeeldstad',
        phones: [
          { number: '+31640001099', kind: 'mobile' },
          { number: '+31555801001', kind: 'work' },
        ],
      },
      match: { personId: 'p-henk-verbeek', name: 'Henk Verbeek', reason: 'email' },
      proposed: 'update',
      changedFields: ['emails', 'phones'],
    });
    expect(preview.entries.slice(1).map((entry) => entry.proposed)).toEqual(['add', 'add', 'add']);
    expect(await snapshotDir(dataDir)).toEqual(before);
  });

  it('matches by number, then by exact name, and skips a contact with nothing new', async () => {
    const vcard = await previewContactsImport(opened, await fixtureInput('vcard40-uri.vcf'));
    expect(vcard.entries[1]).toMatchObject({
      match: { personId: 'p-lotte-vermeulen', reason: 'phone' },
      proposed: 'skip',
      changedFields: [],
    });
    const dutch = await previewContactsImport(opened, await fixtureInput('outlook-nl-1252.csv'));
    expect(dutch.entries[1]).toMatchObject({
      incoming: { name: 'Mustafa Öztürk' },
      match: { personId: 'p-mustafa-ozturk', reason: 'name' },
      proposed: 'update',
      changedFields: ['phones'],
    });
  });

  it('gives problems as message keys and params, which each language words alike', async () => {
    const preview = await previewContactsImport(opened, await fixtureInput('outlook-en.csv'));
    expect(preview.problems).toEqual([
      { line: 2, key: 'contacts.problem.fieldsNotTaken', params: { name: 'Henk Verbeek', fields: 'department' } },
      { line: 3, key: 'contacts.problem.fieldsNotTaken', params: { name: 'Jürgen Meijer-Smit', fields: 'department, business fax, notes' } },
      { line: 6, key: 'contacts.problem.phoneInvalid', params: { name: 'Søren Ærø', number: '12345' } },
    ]);
    expect(problemTexts(preview, 'nl').slice(0, 2)).toEqual([
      'Van Henk Verbeek is niet overgenomen: department.',
      'Van Jürgen Meijer-Smit is niet overgenomen: department, business fax, notes.',
    ]);
    expect(problemTexts(preview, 'en')[0]).toBe('Not taken over from Henk Verbeek: department.');
    const problem = preview.problems[2];
    const key = problem?.key ?? '';
    if (!isMessageKey(key)) throw new Error(`not a message key: ${key}`);
    expect(translateRuntime(createTranslator('nl'), key, problem?.params)).toBe('Het nummer "12345" van Søren Ærø is geen geldig telefoonnummer en is niet overgenomen.');
    expect(translateRuntime(createTranslator('en'), key, problem?.params)).toBe('The number "12345" of Søren Ærø is not a valid phone number and was not taken over.');
  });
});

describe('text the plan may not hold, in a foreign file', () => {
  const card = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    'FN:Jan\u202E Jansen\u001b[2J',
    'TITLE:Hoofd\u2066 ICT\u0007',
    'ORG:Leverancier\u202A BV',
    'TEL;TYPE=CELL:+31612345678',
    'END:VCARD',
    '',
  ].join('\r\n');
  const input = { fileName: 'stuurtekens.vcf', bytes: new TextEncoder().encode(card) };

  it('is taken out, and each field where that happened is listed in the preview, in both languages', async () => {
    const preview = await previewContactsImport(opened, input);
    expect(preview.entries[0]?.incoming).toMatchObject({ name: 'Jan Jansen[2J', jobTitle: 'Hoofd ICT', organisation: 'Leverancier BV' });
    expect(problemTexts(preview, 'nl')).toEqual([
      'Uit de naam van Jan Jansen[2J zijn stuurtekens of tekens die de leesrichting omkeren verwijderd.',
      'Uit de functie van Jan Jansen[2J zijn stuurtekens of tekens die de leesrichting omkeren verwijderd.',
      'Uit de organisatie van Jan Jansen[2J zijn stuurtekens of tekens die de leesrichting omkeren verwijderd.',
    ]);
    expect(problemTexts(preview, 'en')[0]).toBe('Control characters or characters that reverse the reading order were removed from the name of Jan Jansen[2J.');
  });

  it('never reaches the plan', async () => {
    await applyContactsImport(opened, { ...input, decisions: [{ index: 0, action: 'add' }] });
    const added = opened.store.current.plan.content.people.find((candidate) => candidate.name.startsWith('Jan'));
    expect(added).toMatchObject({ name: 'Jan Jansen[2J', jobTitle: 'Hoofd ICT' });
  });
});

describe('a person found by name alone', () => {
  const card = ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Henk Verbeek', 'EMAIL:henk@naamgenoot.example', 'TITLE:Kok', 'END:VCARD', ''].join('\r\n');
  const input = { fileName: 'naamgenoot.vcf', bytes: new TextEncoder().encode(card) };

  it('is proposed with a request for confirmation', async () => {
    const preview = await previewContactsImport(opened, input);
    expect(preview.entries[0]).toMatchObject({ match: { personId: 'p-henk-verbeek', reason: 'name' }, proposed: 'update', confirmationNeeded: true });
  });

  it('is not updated without the user’s word for that contact, and nothing changes', async () => {
    const before = await snapshotDir(dataDir);
    await expect(applyContactsImport(opened, { ...input, decisions: [{ index: 0, action: 'update' }] })).rejects.toMatchObject({
      code: 'CONTACTS_NAME_MATCH_UNCONFIRMED',
      params: { name: 'Henk Verbeek' },
    });
    await expect(applyContactsImport(opened, { ...input, decisions: [{ index: 0, action: 'update', confirmNameMatch: false }] })).rejects.toMatchObject({
      code: 'CONTACTS_NAME_MATCH_UNCONFIRMED',
    });
    expect(await snapshotDir(dataDir)).toEqual(before);
  });

  it('is updated when the user confirms that contact', async () => {
    await applyContactsImport(opened, { ...input, decisions: [{ index: 0, action: 'update', confirmNameMatch: true }] });
    // An address the plan does not know is added after the person's own; none is replaced.
    const henk = person('p-henk-verbeek');
    expect(henk).toMatchObject({ jobTitle: 'Kok' });
    expect(henk?.emails.at(-1)).toEqual({ address: 'henk@naamgenoot.example', kind: 'work' });
    expect(henk?.emails.length).toBeGreaterThan(1);
  });
});

describe('applyContactsImport', () => {
  it('applies every decision as one new revision: numbers added, none removed, flags untouched', async () => {
    const input = await fixtureInput('vcard30-folded.vcf');
    const preview = await previewContactsImport(opened, input);
    const ingridBefore = person('p-ingrid-postma');
    const revisionBefore = opened.store.current.revision;
    const signed = await applyContactsImport(opened, {
      ...input,
      decisions: preview.entries.map((entry) => ({ index: entry.index, action: entry.proposed })),
    });
    expect(signed.revision).toBe(revisionBefore + 1);
    const ingrid = person('p-ingrid-postma');
    // The plan's own numbers stay as they were, private mobile and consent included; the new home number is added.
    expect(ingrid?.phones).toEqual([...(ingridBefore?.phones ?? []), { number: '+31555700010', kind: 'home', private: true }]);
    expect(ingridBefore?.phones.some((phone) => phone.private && phone.consentRecordedOn !== undefined)).toBe(true);
    const added = person('p-ijsbrand-kuipers-van-den-heuvel');
    expect(added).toMatchObject({
      name: 'IJsbrand Kuipers-van den Heuvel',
      emails: [{ address: 'ijsbrand@kuipers-advies.example', kind: 'work' }],
      jobTitle: 'CISO; privacy en continuïteit',
    });
  });

  it('lets the health check flag a new private number that has no recorded consent', async () => {
    const input = await fixtureInput('vcard30-folded.vcf');
    const today = new Date().toISOString().slice(0, 10);
    const gapsFor = (id: string) =>
      checkPlanHealth(opened.store.current.plan.content, today).filter(
        (gap) => gap.code === 'privatePhoneWithoutConsent' && gap.recordId === id,
      );
    expect(gapsFor('p-ingrid-postma')).toEqual([]);
    await applyContactsImport(opened, { ...input, decisions: [{ index: 0, action: 'update' }] });
    expect(gapsFor('p-ingrid-postma')).toHaveLength(1);
  });

  it('gives a new person an id that collides with no one, and links a known organisation', async () => {
    const input = await fixtureInput('google.csv');
    await applyContactsImport(opened, { ...input, decisions: [{ index: 1, action: 'add' }] });
    expect(person('p-jurgen-weiss')).toMatchObject({ name: 'Jürgen Weiß', organisationId: 'org-dataveste' });
    const henk = await fixtureInput('outlook-en.csv');
    await applyContactsImport(opened, { ...henk, decisions: [{ index: 0, action: 'add' }] });
    expect(person('p-henk-verbeek-2')).toMatchObject({ name: 'Henk Verbeek' });
    expect(person('p-henk-verbeek-2')?.emails[0]).toEqual({ address: 'H.Verbeek@Voorbeeldstad.example', kind: 'work' });
    expect(person('p-henk-verbeek')?.phones).toHaveLength(3);
  });

  it('adds a person listed twice in one file once, then updates them', async () => {
    const text = [
      'First Name,Last Name,E-mail Address,Mobile Phone,Home Phone',
      'Jürgen,de Wit,j.dewit@example.nl,0612340001,',
      'Jürgen,de Wit,j.dewit@example.nl,,030-2345678',
    ].join('\r\n');
    const input = { fileName: 'dubbel.csv', bytes: new TextEncoder().encode(text) };
    const preview = await previewContactsImport(opened, input);
    expect(preview.entries.map((entry) => entry.proposed)).toEqual(['add', 'update']);
    await applyContactsImport(opened, { ...input, decisions: [{ index: 0, action: 'add' }, { index: 1, action: 'update' }] });
    const people = opened.store.current.plan.content.people.filter((candidate) => candidate.name === 'Jürgen de Wit');
    expect(people).toHaveLength(1);
    expect(people[0]?.phones.map((phone) => phone.number)).toEqual(['+31612340001', '+31302345678']);
  });

  it('makes no revision when nothing is chosen', async () => {
    const input = await fixtureInput('outlook-en.csv');
    const before = await snapshotDir(dataDir);
    const signed = await applyContactsImport(opened, { ...input, decisions: [{ index: 0, action: 'skip' }] });
    expect(signed.revision).toBe(opened.store.current.revision);
    expect(await snapshotDir(dataDir)).toEqual(before);
  });

  it('refuses decisions that do not fit the file, and changes nothing', async () => {
    const input = await fixtureInput('outlook-en.csv');
    const before = await snapshotDir(dataDir);
    const attempts: [unknown, string][] = [
      [[{ index: 9, action: 'add' }], 'CONTACTS_DECISION_INVALID'],
      [[{ index: 0, action: 'add' }, { index: 0, action: 'skip' }], 'CONTACTS_DECISION_INVALID'],
      // Jürgen Meijer-Smit matches no one, so there is no one to update.
      [[{ index: 0, action: 'update' }, { index: 1, action: 'update' }], 'CONTACTS_DECISION_INVALID'],
    ];
    for (const [decisions, code] of attempts) {
      await expect(
        applyContactsImport(opened, { ...input, decisions: decisions as { index: number; action: 'add' }[] }),
      ).rejects.toMatchObject({ code });
    }
    expect(await snapshotDir(dataDir)).toEqual(before);
  });
});

describe('hostile input', () => {
  const cases: [string, () => Uint8Array, string][] = [
    ['binary junk', () => Uint8Array.from({ length: 4_096 }, (_value, index) => (index * 7919) % 256), 'CONTACTS_NOT_RECOGNISED'],
    ['a line of millions of characters', () => new TextEncoder().encode(`BEGIN:VCARD\nFN:${'A'.repeat(MAX_CONTACTS_LINE_CHARS + 1)}\nEND:VCARD\n`), 'CONTACTS_LINE_TOO_LONG'],
    [
      'one property folded over 100,000 lines',
      () => new TextEncoder().encode(`BEGIN:VCARD\nFN:A\nNOTE:x\n${' y\n'.repeat(100_000)}END:VCARD\n`),
      'CONTACTS_TOO_MANY_CONTINUATIONS',
    ],
    [
      'one property folded past the line cap',
      () => new TextEncoder().encode(`BEGIN:VCARD\nFN:A\nNOTE:x\n${` ${'y'.repeat(200)}\n`.repeat(Math.ceil(MAX_VCARD_ENTRY_CHARS / 200))}END:VCARD\n`),
      'CONTACTS_ENTRY_TOO_LONG',
    ],
    ['a file over the size cap', () => new Uint8Array(MAX_CONTACTS_FILE_BYTES + 1).fill(0x41), 'FILE_TOO_LARGE'],
    ['an empty file', () => new Uint8Array(0), 'FILE_EMPTY'],
    ['prose', () => new TextEncoder().encode('Beste collega,\n\nHierbij de lijst.\n'), 'CONTACTS_NOT_RECOGNISED'],
    [
      'too many contacts',
      () => new TextEncoder().encode('BEGIN:VCARD\nFN:X\nEND:VCARD\n'.repeat(MAX_CONTACTS_PER_FILE + 1)),
      'CONTACTS_TOO_MANY',
    ],
  ];

  it.each(cases)('refuses %s with its own error and changes nothing', async (_label, makeBytes, code) => {
    const before = await snapshotDir(dataDir);
    const input = { fileName: 'contacten.vcf', bytes: makeBytes() };
    await expect(previewContactsImport(opened, input)).rejects.toMatchObject({ code });
    await expect(applyContactsImport(opened, { ...input, decisions: [{ index: 0, action: 'add' }] })).rejects.toMatchObject({ code });
    expect(await snapshotDir(dataDir)).toEqual(before);
  });
});
