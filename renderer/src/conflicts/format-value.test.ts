import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/index.js';
import { collectionLabel, fieldLabel, formatValue } from './format-value.js';

const t = createTranslator('nl');

describe('values in a conflict, as a person reads them', () => {
  it('shows phone numbers dialable with their label, one per line, and an empty field as empty', () => {
    const phones = [
      { number: '+31640001001', kind: 'mobile', label: 'dienstmobiel' },
      { number: '+4930123456', kind: 'work' },
    ];
    expect(formatValue(t, phones)).toBe('06 40001001 (dienstmobiel)\n+49 30 123456 (Werk)');
    expect(formatValue(t, undefined)).toBe('(leeg)');
    expect(formatValue(t, [])).toBe('(leeg)');
    expect(formatValue(t, true)).toBe('ja');
    expect(formatValue(t, 'Teamleider')).toBe('Teamleider');
  });

  it('shows e-mail addresses with their label, or else their kind, one per line', () => {
    const emails = [
      { address: 'i.postma@voorbeeldstad.example', kind: 'work' },
      { address: 'bcm@voorbeeldstad.example', kind: 'role', label: 'Postbus BCM' },
    ];
    expect(formatValue(t, emails)).toBe('i.postma@voorbeeldstad.example (Werk)\nbcm@voorbeeldstad.example (Postbus BCM)');
    expect(fieldLabel(t, 'emails')).toBe('E-mailadressen');
  });

  it('names fields and collections in the user language, and falls back to the raw name', () => {
    expect(fieldLabel(t, 'phones')).toBe('Telefoonnummers');
    expect(fieldLabel(t, 'somethingNew')).toBe('somethingNew');
    expect(collectionLabel(createTranslator('en'), 'organisations')).toBe('external organisations');
    expect(collectionLabel(t, 'somethingNew')).toBe('somethingNew');
    expect(collectionLabel(t, 'people')).toBe('personen');
  });

  it('shows the plan vocabulary by its labels, never raw ("saas")', () => {
    expect(formatValue(t, 'saas', 'hosting')).toBe(t('ui.option.hosting.saas'));
    expect(formatValue(t, 'saas', 'hosting')).not.toBe('saas');
    expect(formatValue(t, [{ number: '+31640001001', kind: 'mobile' }])).toBe(`06 40001001 (${t('ui.option.phoneKind.mobile')})`);
    expect(formatValue(t, 'saas', 'notes')).toBe('saas');
  });
});
