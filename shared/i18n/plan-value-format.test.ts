import { describe, expect, it } from 'vitest';
import { formatDate, formatDuration as screenDuration, formatMinutes, formatTimestamp } from '../../renderer/src/i18n/format.js';
import { formatDay, formatDuration as paperDuration, formatInstant } from '../../main/core/documents/model/format.js';
import { createTranslator } from './index.js';
import { languages } from './translate.js';
import type { Duration } from '../plan/primitives.js';

describe('dates, instants and durations read alike on screen and on paper', () => {
  const durations: Duration[] = [
    { value: 1, unit: 'minutes' },
    { value: 30, unit: 'minutes' },
    { value: 1, unit: 'hours' },
    { value: 1.5, unit: 'hours' },
    { value: 4, unit: 'hours' },
    { value: 2, unit: 'days' },
    { value: 1, unit: 'weeks' },
  ];

  it('writes each duration the same way, with the language\'s own decimal sign', () => {
    for (const language of languages) {
      const t = createTranslator(language);
      for (const duration of durations) expect(screenDuration(duration, t, language)).toBe(paperDuration(duration, t, language));
    }
    expect(screenDuration({ value: 1.5, unit: 'hours' }, createTranslator('nl'), 'nl')).toBe('1,5 uur');
    expect(screenDuration({ value: 1, unit: 'days' }, createTranslator('en'), 'en')).toBe('1 day');
    expect(formatMinutes(90, createTranslator('nl'), 'nl')).toBe('1,5 uur');
    expect(formatMinutes(2 * 24 * 60, createTranslator('nl'), 'nl')).toBe('2 dagen');
  });

  it('writes a calendar day the same way, never shifted by a time zone', () => {
    for (const language of languages) {
      for (const day of ['2026-01-01', '2026-03-29', '2026-10-25', '2026-12-31']) expect(formatDate(day, language)).toBe(formatDay(day, language));
    }
    expect(formatDate('2026-03-29', 'nl')).toBe('29 maart 2026');
    expect(formatDate('2026-10-25', 'en')).toBe('25 October 2026');
  });

  it('shows an instant by the clock in the Netherlands, just after midnight too', () => {
    // 23:30 UTC on 1 March is 00:30 on 2 March in Amsterdam.
    expect(formatTimestamp('2026-03-01T23:30:00Z', 'nl')).toContain('2 mrt 2026');
    expect(formatInstant('2026-03-01T23:30:00Z', 'nl')).toBe('2 maart 2026 om 00:30');
  });

  it('marks a missing value as a screen and as paper each do: a dash to read, a blank to fill in', () => {
    const t = createTranslator('nl');
    expect([formatDate(undefined, 'nl'), formatTimestamp(undefined, 'nl'), screenDuration(undefined, t, 'nl')]).toEqual(['—', '—', '—']);
    expect([formatDay(undefined, 'nl'), paperDuration(undefined, t, 'nl')]).toEqual(['', '']);
  });
});
