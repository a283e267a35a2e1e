import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/index.js';
import { e164Schema } from './primitives.js';
import { formatPhone, isDialablePhone, phoneLabel, phonesShownOnScreen, phoneVisibleTo } from './phone-display.js';

describe('a number that can be dialled', () => {
  it('is valid for its region, not merely of a length E.164 allows', () => {
    // A Dutch mobile one digit short: E.164 and libphonenumber's length check let it pass.
    expect(e164Schema.safeParse('+3164009002').success).toBe(true);
    expect(isDialablePhone('+3164009002')).toBe(false);
    expect(isDialablePhone('+31640009002')).toBe(true);
    expect(isDialablePhone('+31555801001')).toBe(true);
    expect(isDialablePhone('+32470123456')).toBe(true);
    expect(isDialablePhone('+3106123')).toBe(false);
    expect(isDialablePhone('0612345678')).toBe(false);
    expect(isDialablePhone('')).toBe(false);
  });

  it('is shown as dialled; one that is not is shown as stored', () => {
    expect(formatPhone('+31640009002')).toBe('06 40009002');
    expect(formatPhone('+3164009002')).toBe('+3164009002');
  });
});

describe('what a screen outside the editor shows of a number', () => {
  const work = { number: '+31555801001', kind: 'work', private: false } as const;
  const consented = { number: '+31555700001', kind: 'home', private: true, consentRecordedOn: '2026-01-12' } as const;
  const withoutConsent = { number: '+31640009002', kind: 'mobile', private: true } as const;

  it('follows the paper of the crisis team: a private number only with recorded consent', () => {
    expect(phonesShownOnScreen([work, consented, withoutConsent])).toEqual([work, consented]);
    expect(phoneVisibleTo(consented, 'crisis-team')).toBe(true);
    expect(phoneVisibleTo(consented, 'organisation')).toBe(false);
    expect(phoneVisibleTo(withoutConsent, 'crisis-team')).toBe(false);
  });

  it('names a number by the label its holder gave it, else by its kind, in the language asked', () => {
    const piket = { number: '+31640008001', kind: 'other', private: false, label: 'piketnummer AOV' } as const;
    expect(phoneLabel(piket, createTranslator('nl'))).toBe('piketnummer AOV');
    expect(phoneLabel(work, createTranslator('nl'))).toBe('Werk');
    expect(phoneLabel(work, createTranslator('en'))).toBe('Work');
    expect(phoneLabel({ ...piket, label: '  ' }, createTranslator('nl'))).toBe('Overig');
  });
});
