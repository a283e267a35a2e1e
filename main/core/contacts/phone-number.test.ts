import { describe, expect, it } from 'vitest';
import { normalisePhone } from './phone-number.js';

describe('normalisePhone', () => {
  it('reads Dutch numbers without country code as Dutch', () => {
    expect(normalisePhone('06-12345678', 'generic')).toEqual({ number: '+31612345678', kind: 'mobile' });
    expect(normalisePhone('020 555 1234', 'generic')).toEqual({ number: '+31205551234', kind: 'landline' });
  });

  it('keeps a foreign number in its own country', () => {
    expect(normalisePhone('+32 470 12 34 56', 'mobile')).toEqual({ number: '+32470123456', kind: 'mobile' });
    expect(normalisePhone('0032 470 12 34 56', 'generic')?.number).toBe('+32470123456');
  });

  it('understands "+31 (0)6" and tel: URIs with an extension', () => {
    expect(normalisePhone('+31 (0)6 12345678', 'work')).toEqual({ number: '+31612345678', kind: 'work' });
    expect(normalisePhone('tel:+31-20-555-1234;ext=12', 'work')?.number).toBe('+31205551234');
  });

  it('refuses what is not a valid number', () => {
    for (const raw of ['12345', '06-1234567', '+3164009002', 'bel de receptie', '', '+31 6 1234 5678 9012 3456 7890']) {
      expect(normalisePhone(raw, 'generic'), raw).toBeUndefined();
    }
  });
});
