import { describe, expect, it } from 'vitest';
import { dateSchema } from './primitives.js';
import { formatDayInput, parseDayInput } from './day-input.js';

describe('a day typed day-month-year', () => {
  it('is stored as YYYY-MM-DD, with or without leading zeros and with the usual separators', () => {
    expect(parseDayInput('1-3-2026')).toBe('2026-03-01');
    expect(parseDayInput('01-03-2026')).toBe('2026-03-01');
    expect(parseDayInput(' 31/12/2026 ')).toBe('2026-12-31');
    expect(parseDayInput('31.12.2026')).toBe('2026-12-31');
    expect(parseDayInput('29-02-2028')).toBe('2028-02-29');
  });

  it('is refused when the calendar has no such day', () => {
    expect(parseDayInput('31-02-2026')).toBeUndefined();
    expect(parseDayInput('29-02-2026')).toBeUndefined();
    expect(parseDayInput('31-04-2026')).toBeUndefined();
    expect(parseDayInput('0-1-2026')).toBeUndefined();
    expect(parseDayInput('1-13-2026')).toBeUndefined();
  });

  it('is refused when it is not day, month and year', () => {
    for (const text of ['', '1-3', '1-3-26', '2026', 'morgen', '1--3-2026', '1-3-2026x', '12-31-2026']) {
      expect(parseDayInput(text), text).toBeUndefined();
    }
  });

  it('may be pasted in the stored form', () => {
    expect(parseDayInput('2026-03-01')).toBe('2026-03-01');
    expect(parseDayInput('2026-02-31')).toBeUndefined();
  });

  it('always yields a day the plan schema accepts, and shows as typed', () => {
    const stored = parseDayInput('7-8-2026');
    expect(stored).toBe('2026-08-07');
    expect(dateSchema.safeParse(stored).success).toBe(true);
    expect(formatDayInput('2026-08-07')).toBe('07-08-2026');
    expect(parseDayInput(formatDayInput('2026-08-07'))).toBe('2026-08-07');
    expect(formatDayInput('niet')).toBe('niet');
  });
});
