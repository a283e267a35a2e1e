import type { Duration } from '../plan/primitives.js';
import { PLAN_TIME_ZONE } from '../plan/today.js';
import type { Translate } from './index.js';
import { pluralForm } from './plural.js';
import type { Language } from './translate.js';

/*
 * How the plan's dates, instants and durations read, on screen and on paper alike: one home, so the two never
 * show the same value differently.
 */

const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

const formats = new Map<string, Intl.DateTimeFormat>();
function dateTimeFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}:${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locales[language], options);
    formats.set(key, format);
  }
  return format;
}

/** A calendar date of the plan (YYYY-MM-DD) is a day, not an instant: "20 oktober 2026", never shifted by a time zone. */
export function formatCalendarDay(isoDate: string, language: Language): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return dateTimeFormat(language, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** A calendar date for narrow columns: 20-10-2026 (nl) or 20/10/2026 (en). */
export function formatCalendarDayShort(isoDate: string, language: Language): string {
  const [year, month, day] = isoDate.split('-');
  if (year === undefined || month === undefined || day === undefined) return isoDate;
  return language === 'en' ? `${day}/${month}/${year}` : `${day}-${month}-${year}`;
}

/**
 * An instant, as the clock in the Netherlands read it (where the crisis team is): in full on paper
 * ("20 oktober 2026 om 14:05"), compact on screen ("20 okt 2026, 14:05"). A text that is no instant stays as written.
 */
export function formatInstant(instant: Date | string, language: Language, style: 'full' | 'compact'): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return String(instant);
  const options: Intl.DateTimeFormatOptions =
    style === 'full'
      ? { timeZone: PLAN_TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }
      : { timeZone: PLAN_TIME_ZONE, dateStyle: 'medium', timeStyle: 'short' };
  return dateTimeFormat(language, options).format(date);
}

/** "4 uur", "1 dag", "1,5 uur": the count in the language's own digits and plural. */
export function formatDuration(duration: Duration, t: Translate, language: Language): string {
  const value = duration.value.toLocaleString(locales[language]);
  return t(`ui.duration.${duration.unit}.${pluralForm(language, duration.value)}`, { value });
}

/** Minutes as the largest whole unit that fits ("2 dagen"), else hours to one decimal, for "due within". */
export function formatMinutes(minutes: number, t: Translate, language: Language): string {
  const units = [
    ['weeks', 60 * 24 * 7],
    ['days', 60 * 24],
    ['hours', 60],
  ] as const;
  for (const [unit, size] of units) {
    if (minutes >= size && minutes % size === 0) return formatDuration({ value: minutes / size, unit }, t, language);
  }
  if (minutes >= 60) return formatDuration({ value: Math.round((minutes / 60) * 10) / 10, unit: 'hours' }, t, language);
  return formatDuration({ value: minutes, unit: 'minutes' }, t, language);
}
