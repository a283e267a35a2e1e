import { describe, expect, it } from 'vitest';
import type { DraaiboekError } from '../../../shared/errors.js';
import { readCsvRows } from './csv-rows.js';
import { readContactsFile } from './read-contacts-file.js';
import { readFixture } from './test-support/read-fixture.js';

async function readCsv(name: string) {
  return readContactsFile(name, await readFixture(name));
}

describe('Outlook CSV', () => {
  it('reads an English export with byte order mark, quoted commas and a note spanning lines', async () => {
    const reading = await readCsv('outlook-en.csv');
    expect(reading.format).toBe('outlook-csv');
    expect(reading.contacts.map((entry) => entry.contact.name)).toEqual([
      'Henk Verbeek',
      'Jürgen Meijer-Smit',
      'Renée d\'Hondt',
      'Søren Ærø',
    ]);
    // The note of Jürgen spans two lines, so Renée starts on line 5, not 4.
    expect(reading.contacts.map((entry) => entry.line)).toEqual([2, 3, 5, 6]);
    expect(reading.contacts[2]?.contact).toEqual({
      name: 'Renée d\'Hondt',
      emails: [{ address: 'renee.dhondt@buurstede.example', kind: 'work' }],
      jobTitle: 'Adviseur, crisisbeheersing',
      organisation: 'Gemeente Buurstede',
      phones: [{ number: '+32470123456', kind: 'mobile' }],
    });
  });

  it('normalises numbers, counts a repeated number once and leaves the fax out', async () => {
    const reading = await readCsv('outlook-en.csv');
    expect(reading.contacts[1]?.contact.phones).toEqual([
      { number: '+31612345678', kind: 'mobile' },
      { number: '+31205551234', kind: 'work' },
      { number: '+31302345678', kind: 'home', private: true },
    ]);
  });

  it('reports a number that is not a phone number, and each column it does not take, instead of dropping it silently', async () => {
    const reading = await readCsv('outlook-en.csv');
    expect(reading.problems).toEqual([
      { line: 2, key: 'contacts.problem.fieldsNotTaken', params: { name: 'Henk Verbeek', fields: 'department' } },
      { line: 3, key: 'contacts.problem.fieldsNotTaken', params: { name: 'Jürgen Meijer-Smit', fields: 'department, business fax, notes' } },
      { line: 6, key: 'contacts.problem.phoneInvalid', params: { name: 'Søren Ærø', number: '12345' } },
    ]);
    expect(reading.contacts[3]?.contact.phones).toEqual([]);
  });

  it('reads a Dutch export in Windows-1252 with semicolons', async () => {
    const bytes = await readFixture('outlook-nl-1252.csv');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const reading = readContactsFile('outlook-nl-1252.csv', bytes);
    expect(reading.format).toBe('outlook-csv');
    expect(reading.contacts.map((entry) => entry.contact)).toEqual([
      {
        name: 'IJsbrand van der Veen',
        emails: [{ address: 'ijsbrand.vanderveen@voorbeeldstad.example', kind: 'work' }],
        jobTitle: 'Coördinator burgerzaken',
        organisation: 'Gemeente Voorbeeldstad',
        phones: [
          { number: '+31623456789', kind: 'mobile' },
          { number: '+31555801200', kind: 'work' },
        ],
      },
      { name: 'Mustafa Öztürk', emails: [], organisation: 'Gemeente Voorbeeldstad', phones: [{ number: '+31640001132', kind: 'mobile' }] },
      {
        name: 'Renée Jansen',
        emails: [{ address: 'renee@jansen-zonen.example', kind: 'work' }],
        jobTitle: 'Eigenaar',
        organisation: 'Jansen; Zonen & Co',
        phones: [{ number: '+31302345678', kind: 'home', private: true }],
      },
    ]);
  });
});

describe('Google CSV', () => {
  it('reads the older export: Name, "Phone n - Type", several values in one cell', async () => {
    const reading = await readCsv('google.csv');
    expect(reading.format).toBe('google-csv');
    expect(reading.contacts[0]?.contact).toEqual({
      name: 'Zoë de Groot',
      emails: [
        { address: 'zoe.degroot@voorbeeldstad.example', kind: 'work' },
        { address: 'woordvoering@voorbeeldstad.example', kind: 'work' },
        { address: 'communicatie@voorbeeldstad.example', kind: 'work' },
      ],
      jobTitle: 'Communicatieadviseur',
      organisation: 'Gemeente Voorbeeldstad',
      phones: [
        { number: '+31634567890', kind: 'mobile' },
        { number: '+31634567891', kind: 'mobile' },
        { number: '+31503456789', kind: 'home', private: true },
      ],
    });
    expect(reading.contacts[1]?.contact.phones).toEqual([
      { number: '+493012345678', kind: 'work' },
      { number: '+4915123456789', kind: 'mobile' },
    ]);
  });

  it('reads the newer export: First Name, Last Name, "Phone n - Label"', async () => {
    const reading = await readCsv('google-new.csv');
    expect(reading.format).toBe('google-csv');
    expect(reading.contacts.map((entry) => entry.contact)).toEqual([
      {
        name: 'Anaïs Brouwer',
        emails: [{ address: 'anais.brouwer@voorbeeldstad.example', kind: 'work' }],
        jobTitle: 'Beleidsmedewerker',
        organisation: 'Gemeente Voorbeeldstad',
        phones: [
          { number: '+31645678901', kind: 'mobile' },
          { number: '+31503456700', kind: 'home', private: true },
        ],
      },
    ]);
  });
});

describe('CSV edge cases', () => {
  it('refuses a CSV without any known contacts column', () => {
    const bytes = new TextEncoder().encode('datum,bedrag\n2026-01-01,12\n');
    expect(() => readContactsFile('boekhouding.csv', bytes)).toThrow(
      expect.objectContaining({ code: 'CONTACTS_NOT_RECOGNISED', params: { fileName: 'boekhouding.csv' } }) as DraaiboekError,
    );
  });

  it('counts lines past blank lines and quoted line breaks', () => {
    const rows = readCsvRows('a,b\r\n\r\n"x\r\ny",2\r\n   \r\n3,4');
    expect(rows.map((row) => row.line)).toEqual([1, 3, 6]);
  });

  it('keeps an invalid email address out and says so', () => {
    const bytes = new TextEncoder().encode('First Name,Last Name,E-mail Address\nEls,Kok,els(at)example\n');
    const reading = readContactsFile('x.csv', bytes);
    expect(reading.contacts[0]?.contact).toEqual({ name: 'Els Kok', emails: [], phones: [] });
    expect(reading.problems[0]).toMatchObject({ line: 2, key: 'contacts.problem.emailInvalid' });
  });

  it('leaves out a row with no name, company or email, and says so', () => {
    const bytes = new TextEncoder().encode('First Name,Last Name,Mobile Phone\n,,0612345678\nEls,Kok,\n');
    const reading = readContactsFile('x.csv', bytes);
    expect(reading.contacts.map((entry) => entry.contact.name)).toEqual(['Els Kok']);
    expect(reading.problems).toEqual([{ line: 2, key: 'contacts.problem.noName', params: {} }]);
  });
});

describe('e-mail addresses beyond the first', () => {
  it('are kept from the Outlook and Google fixtures, up to what a person holds', async () => {
    const outlook = await readCsv('outlook-en.csv');
    expect(outlook.contacts[0]?.contact.emails.map((email) => email.address)).toEqual([
      'H.Verbeek@Voorbeeldstad.example',
      'burgemeester@voorbeeldstad.example',
      'bestuurssecretariaat@voorbeeldstad.example',
    ]);
    const google = await readCsv('google.csv');
    expect(google.contacts[0]?.contact.emails.map((email) => email.address)).toEqual([
      'zoe.degroot@voorbeeldstad.example',
      'woordvoering@voorbeeldstad.example',
      'communicatie@voorbeeldstad.example',
    ]);
    expect([...outlook.problems, ...google.problems].filter((problem) => problem.key === 'contacts.problem.emailNotTaken')).toEqual([]);
  });

  it('are kept, labelled from the export, in Outlook and Google exports', () => {
    const outlook = 'First Name,Last Name,E-mail Address,E-mail 2 Address,E-mail 3 Address,Mobile Phone\r\nJan,Jansen,jan@voorbeeldstad.example,bcm@voorbeeldstad.example,fg@voorbeeldstad.example,0612345678\r\n';
    const outlookReading = readContactsFile('outlook.csv', new TextEncoder().encode(outlook));
    expect(outlookReading.contacts[0]?.contact.emails).toEqual([
      { address: 'jan@voorbeeldstad.example', kind: 'work' },
      { address: 'bcm@voorbeeldstad.example', kind: 'work' },
      { address: 'fg@voorbeeldstad.example', kind: 'work' },
    ]);
    expect(outlookReading.problems).toEqual([]);

    const google =
      'Name,E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,E-mail 3 - Type,E-mail 3 - Value,Phone 1 - Value\r\n' +
      'Jan Jansen,* Work,jan@voorbeeldstad.example ::: bcm@voorbeeldstad.example,Postbus FG,fg@voorbeeldstad.example,Home,jan@thuis.example,0612345678\r\n';
    const googleReading = readContactsFile('google.csv', new TextEncoder().encode(google));
    expect(googleReading.contacts[0]?.contact.emails).toEqual([
      { address: 'jan@voorbeeldstad.example', kind: 'work' },
      { address: 'bcm@voorbeeldstad.example', kind: 'work' },
      { address: 'fg@voorbeeldstad.example', kind: 'role', label: 'Postbus FG' },
      { address: 'jan@thuis.example', kind: 'other', label: 'Home' },
    ]);
    expect(googleReading.problems).toEqual([]);
  });

  it('beyond what a person holds are listed per contact, never dropped without a word', () => {
    const google =
      'Name,E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Value\r\n' +
      'Jan Jansen,* Work,jan@voorbeeldstad.example ::: bcm@voorbeeldstad.example ::: fg@voorbeeldstad.example,Other,ict@voorbeeldstad.example ::: i-en-a@voorbeeldstad.example,0612345678\r\n';
    const reading = readContactsFile('google.csv', new TextEncoder().encode(google));
    expect(reading.contacts[0]?.contact.emails.map((email) => email.address)).toEqual(['jan', 'bcm', 'fg', 'ict'].map((box) => `${box}@voorbeeldstad.example`));
    expect(reading.problems).toEqual([
      { line: 2, key: 'contacts.problem.emailNotTaken', params: { name: 'Jan Jansen', email: 'i-en-a@voorbeeldstad.example', max: 4 } },
    ]);
  });
});
