import type { Language } from '../../../shared/i18n/translate.js';
import type { Translate } from '../../../shared/i18n/index.js';
import type { Duration } from '../../../shared/plan/primitives.js';
import { PLAN_TIME_ZONE } from '../../../shared/plan/today.js';
import { parseDialablePhone } from '../../../shared/plan/phone-display.js';

const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** What the user typed, as E.164 (Dutch numbers may be typed nationally), or undefined when it is no number. */
export function parsePhoneInput(text: string): string | undefined {
  return parseDialablePhone(text)?.number;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}:${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locales[language], options);
    dateFormats.set(key, format);
  }
  return format;
}

/** A calendar date of the plan (YYYY-MM-DD): a day, not an instant, so no time zone shifts it. */
export function formatDate(isoDate: string | undefined, language: Language): string {
  if (isoDate === undefined) return '—';
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return dateFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** An instant stored in UTC, shown as the clock in the Netherlands read it. */
export function formatTimestamp(iso: string | undefined, language: Language): string {
  if (iso === undefined) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone: PLAN_TIME_ZONE }).format(date);
}

export function formatDuration(duration: Duration | undefined, t: Translate): string {
  if (duration === undefined) return '—';
  const count = duration.value === 1 ? 'one' : 'other';
  return t(`ui.duration.${duration.unit}.${count}`, { value: duration.value });
}

/** Minutes as the largest whole unit that fits, for "due within". */
export function formatMinutes(minutes: number, t: Translate): string {
  const units = [
    ['weeks', 60 * 24 * 7],
    ['days', 60 * 24],
    ['hours', 60],
  ] as const;
  for (const [unit, size] of units) {
    if (minutes >= size && minutes % size === 0) return formatDuration({ value: minutes / size, unit }, t);
  }
  if (minutes >= 60) return formatDuration({ value: Math.round((minutes / 60) * 10) / 10, unit: 'hours' }, t);
  return formatDuration({ value: minutes, unit: 'minutes' }, t);
}
