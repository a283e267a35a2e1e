import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseVcardContacts } from './vcard-contacts.js';
import { readContactsFile } from './read-contacts-file.js';
import { serialiseVcards, type CardToWrite } from './test-support/vcard-serializer.js';

/** Letters a Dutch address book holds, and the characters vCard has to escape or encode. */
const nameCharacter = fc.constantFrom(
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
  ...'äëïöüéèêáàçñßøåæÄËÏÖÜÉÈÁØÅÆĳĲłŁœ',
  ...'ΑλφαЖжاسم中文𝄞',
  ',',
  ';',
  '\\',
  ':',
  '=',
  '"',
  "'",
  '-',
  '.',
  '(',
  ')',
);
const word = fc.string({ unit: nameCharacter, minLength: 1, maxLength: 12 });
const name = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));

/** Valid numbers only: Dutch mobiles (06 1-5 ...), Dutch landlines in Utrecht, Belgian mobiles. */
const phoneNumber = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 9_999_999 })).map(
    ([range, rest]) => `+316${range}${String(rest).padStart(7, '0')}`,
  ),
  fc.integer({ min: 2_000_000, max: 9_999_999 }).map((rest) => `+3130${rest}`),
  fc.integer({ min: 0, max: 999_999 }).map((rest) => `+32470${String(rest).padStart(6, '0')}`),
);
const phone = fc.record({ number: phoneNumber, type: fc.constantFrom('cell' as const, 'work' as const, 'home' as const) });
const card: fc.Arbitrary<CardToWrite> = fc.record({
  name,
  phones: fc.uniqueArray(phone, { maxLength: 4, selector: (entry) => entry.number }),
});

const expectedKind = { cell: 'mobile', work: 'work', home: 'home' } as const;

describe('vCard round trip', () => {
  it('reads back every name and number the writer put in, in all three versions', () => {
    fc.assert(
      fc.property(fc.array(card, { minLength: 1, maxLength: 5 }), fc.constantFrom('2.1' as const, '3.0' as const, '4.0' as const), (cards, version) => {
        const text = serialiseVcards(cards, version);
        const parsed = parseVcardContacts(text);
        expect(parsed.contacts.map((contact) => contact.name)).toEqual(cards.map((written) => written.name));
        const reading = readContactsFile('rond.vcf', new TextEncoder().encode(text));
        expect(reading.problems).toEqual([]);
        expect(reading.contacts.map((entry) => entry.contact.phones)).toEqual(
          cards.map((written) =>
            written.phones.map((entry) =>
              entry.type === 'home'
                ? { number: entry.number, kind: 'home', private: true }
                : { number: entry.number, kind: expectedKind[entry.type] },
            ),
          ),
        );
      }),
      { numRuns: 300 },
    );
  });
});
