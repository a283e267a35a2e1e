import { describe, expect, it } from 'vitest';
import { readContactsFile } from './read-contacts-file.js';
import { readFixture } from './test-support/read-fixture.js';
import { MAX_VCARD_CONTINUATIONS, MAX_VCARD_ENTRY_CHARS } from './contacts-types.js';
import { unfoldVcardLines } from './vcard-lines.js';
import { parseVcardContacts } from './vcard-contacts.js';

async function readVcard(name: string) {
  return readContactsFile(name, await readFixture(name));
}

describe('vCard 2.1 with quoted-printable', () => {
  it('joins soft line breaks and decodes the bytes in the named charset', async () => {
    const reading = await readVcard('vcard21-quoted-printable.vcf');
    expect(reading.format).toBe('vcard');
    const [jurgen, renee] = reading.contacts.map((entry) => entry.contact);
    expect(jurgen?.name).toBe('Jürgen Müller');
    // TITLE is quoted-printable in ISO-8859-1, not UTF-8.
    expect(jurgen?.jobTitle).toBe('Coördinator I&A');
    expect(jurgen?.organisation).toBe('Gemeente Voorbeeldstad');
    expect(jurgen?.emails[0]?.address).toBe('j.muller@voorbeeldstad.example');
    expect(renee?.name).toBe('Renée van Beek-Østergaard');
  });

  it('reads bare 2.1 parameters as types, leaves faxes out and keeps home numbers private', async () => {
    const reading = await readVcard('vcard21-quoted-printable.vcf');
    expect(reading.contacts[0]?.contact.phones).toEqual([
      { number: '+31656789012', kind: 'mobile' },
      { number: '+31302345679', kind: 'home', private: true },
    ]);
    expect(reading.contacts[1]?.contact.phones).toEqual([{ number: '+32470987654', kind: 'mobile' }]);
  });

  it('reports a number it cannot read, with the line of the card', async () => {
    const reading = await readVcard('vcard21-quoted-printable.vcf');
    expect(reading.problems).toEqual([
      { line: 13, key: 'contacts.problem.phoneInvalid', params: { name: 'Renée van Beek-Østergaard', number: '0612' } },
    ]);
  });
});

describe('vCard 3.0 with folded lines', () => {
  it('unfolds lines continued with a space or a tab and undoes escapes', async () => {
    const reading = await readVcard('vcard30-folded.vcf');
    const ijsbrand = reading.contacts[1]?.contact;
    expect(ijsbrand?.name).toBe('IJsbrand Kuipers-van den Heuvel');
    expect(ijsbrand?.organisation).toBe('Kuipers, Advies & Co');
    expect(ijsbrand?.jobTitle).toBe('CISO; privacy en continuïteit');
    expect(ijsbrand?.emails[0]?.address).toBe('ijsbrand@kuipers-advies.example');
  });

  it('maps TYPE lists and grouped properties to the plan’s phone kinds', async () => {
    const reading = await readVcard('vcard30-folded.vcf');
    expect(reading.contacts[0]?.contact.phones).toEqual([
      { number: '+31640001010', kind: 'mobile' },
      { number: '+31555801010', kind: 'work' },
      { number: '+31555700010', kind: 'home', private: true },
    ]);
    expect(reading.contacts[1]?.contact.phones).toEqual([
      { number: '+31667890123', kind: 'mobile' },
      { number: '+31628901234', kind: 'mobile', private: true },
      { number: '+31302345670', kind: 'work' },
    ]);
    expect(reading.problems).toEqual([
      { line: 11, key: 'contacts.problem.fieldsNotTaken', params: { name: 'IJsbrand Kuipers-van den Heuvel', fields: 'NOTE' } },
    ]);
  });
});

describe('vCard 4.0', () => {
  it('reads tel: URIs with quoted TYPE lists and drops the extension', async () => {
    const reading = await readVcard('vcard40-uri.vcf');
    const renee = reading.contacts[0]?.contact;
    expect(renee?.name).toBe('Renée Ångström');
    expect(renee?.organisation).toBe('Gemeente Voorbeeldstad, afdeling Communicatie');
    expect(renee?.phones).toEqual([
      { number: '+31689012345', kind: 'mobile' },
      { number: '+31205551234', kind: 'work' },
      { number: '+31620123456', kind: 'mobile', private: true },
    ]);
  });

  it('lets the number decide the kind of an untyped voice number', async () => {
    const reading = await readVcard('vcard40-uri.vcf');
    expect(reading.contacts[1]?.contact.phones).toEqual([
      { number: '+31555801013', kind: 'landline' },
      { number: '+31640001013', kind: 'mobile' },
    ]);
  });
});

describe('vCard structure', () => {
  it('builds the name from N when FN is missing, with Dutch prefixes in place', () => {
    const reading = parseVcardContacts('BEGIN:VCARD\nVERSION:3.0\nN:Dalen;Marieke;van;;\nEND:VCARD\n');
    expect(reading.contacts[0]?.name).toBe('Marieke van Dalen');
  });

  it('skips a card nested in a card and still reads a card left open at the end', () => {
    const text = [
      'BEGIN:VCARD',
      'FN:Anna de Vries',
      'AGENT:BEGIN:VCARD',
      'BEGIN:VCARD',
      'FN:Secretariaat',
      'END:VCARD',
      'TEL;CELL:0612345678',
      'END:VCARD',
      'BEGIN:VCARD',
      'FN:Bram Vos',
    ].join('\r\n');
    const reading = parseVcardContacts(text);
    expect(reading.contacts.map((contact) => contact.name)).toEqual(['Anna de Vries', 'Bram Vos']);
    expect(reading.contacts[0]?.phones).toHaveLength(1);
    expect(reading.problems).toEqual([{ line: 9, key: 'contacts.problem.cardNotClosed', params: {} }]);
  });

  it('keeps the starting line of each unfolded line', () => {
    const lines = unfoldVcardLines('BEGIN:VCARD\r\nNOTE:een\r\n  twee\r\n\tdrie\r\nEND:VCARD');
    expect(lines).toEqual([
      { text: 'BEGIN:VCARD', line: 1 },
      { text: 'NOTE:een tweedrie', line: 2 },
      { text: 'END:VCARD', line: 5 },
    ]);
  });

  it('joins quoted-printable soft breaks whose parameters were folded, and after a fold', () => {
    const lines = unfoldVcardLines(
      ['NOTE;CHARSET=UTF-8;', ' ENCODING=QUOTED-PRINTABLE:een=', 'twee=', ' drie', 'TEL:=', 'x'].join('\r\n'),
    );
    expect(lines).toEqual([
      { text: 'NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:eentwee drie', line: 1 },
      { text: 'TEL:=', line: 5 },
      { text: 'x', line: 6 },
    ]);
  });

  it('joins 16,000 soft breaks of one quoted-printable value', () => {
    const lines = unfoldVcardLines(`NOTE;ENCODING=QUOTED-PRINTABLE:a=\r\n${'=41=\r\n'.repeat(16_000)}b`);
    expect(lines).toEqual([{ text: `NOTE;ENCODING=QUOTED-PRINTABLE:a${'=41'.repeat(16_000)}b`, line: 1 }]);
  });

  it('refuses a property folded over more lines or characters than any address book writes', () => {
    expect(() => unfoldVcardLines(`NOTE:x\n${' \n'.repeat(MAX_VCARD_CONTINUATIONS + 1)}`)).toThrow(
      expect.objectContaining({ code: 'CONTACTS_TOO_MANY_CONTINUATIONS', params: { line: 1, max: MAX_VCARD_CONTINUATIONS } }),
    );
    const piece = ` ${'y'.repeat(1_000)}\n`;
    expect(() => unfoldVcardLines(`FN:A\nNOTE:x\n${piece.repeat(MAX_VCARD_ENTRY_CHARS / 1_000 + 1)}`)).toThrow(
      expect.objectContaining({ code: 'CONTACTS_ENTRY_TOO_LONG', params: { line: 2, max: MAX_VCARD_ENTRY_CHARS } }),
    );
  });
});

describe('what a card holds beyond what the plan takes', () => {
  it('keeps up to four e-mail addresses and lists further ones and unknown fields per contact', () => {
    const card = ['BEGIN:VCARD', 'VERSION:4.0', 'FN:Jan Jansen', 'EMAIL;PREF=1:jan@voorbeeldstad.example', 'EMAIL:bcm@voorbeeldstad.example', 'EMAIL:fg@voorbeeldstad.example', 'EMAIL:ict@voorbeeldstad.example', 'EMAIL:i-en-a@voorbeeldstad.example', 'ADR:;;Markt 1;Voorbeeldstad;;1234 AB;NL', 'X-CUSTOM:eigen', 'UID:1', 'END:VCARD', ''].join('\r\n');
    const reading = readContactsFile('jan.vcf', new TextEncoder().encode(card));
    expect(reading.contacts[0]?.contact.emails.map((email) => email.address)).toEqual(['jan', 'bcm', 'fg', 'ict'].map((box) => `${box}@voorbeeldstad.example`));
    expect(reading.problems).toEqual([
      { line: 1, key: 'contacts.problem.emailNotTaken', params: { name: 'Jan Jansen', email: 'i-en-a@voorbeeldstad.example', max: 4 } },
      { line: 1, key: 'contacts.problem.fieldsNotTaken', params: { name: 'Jan Jansen', fields: 'ADR' } },
    ]);
  });
});
