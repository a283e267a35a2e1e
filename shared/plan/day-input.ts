import type { IsoDate } from './primitives.js';

/**
 * A day as people type it in the app's languages: day, month, year (31-12-2026, 1-3-2026, 1/3/2026, 1.3.2026),
 * or the stored form (2026-12-31) when pasted. Both Dutch and British English put the day first, so one order
 * serves both. Returns the stored form (YYYY-MM-DD), or undefined when the text is no day of the calendar.
 */
export function parseDayInput(text: string): IsoDate | undefined {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const typed = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/.exec(trimmed);
  const parts = iso !== null ? [iso[1], iso[2], iso[3]] : typed !== null ? [typed[3], typed[2], typed[1]] : undefined;
  if (parts === undefined) return undefined;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  if (year < 1000 || month < 1 || month > 12 || day < 1) return undefined;
  // Date.UTC rolls 31 February over into March: the day exists only if it comes back unchanged.
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A stored day (YYYY-MM-DD) in the order people type it (31-12-2026); anything else is returned as is. */
export function formatDayInput(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return match === null ? isoDate : `${match[3]}-${match[2]}-${match[1]}`;
}
