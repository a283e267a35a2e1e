import type { MessageKey, Translate } from '../../../../shared/i18n/index.js';
import type { Duration } from '../../../../shared/plan/primitives.js';
import { PLAN_TIME_ZONE } from '../../../../shared/plan/today.js';

function locale(language: string): string {
  return language === 'en' ? 'en-GB' : 'nl-NL';
}

/** An instant, shown as a date and time in Amsterdam (where the crisis team reads it). */
export function formatInstant(instant: Date | string, language: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  return new Intl.DateTimeFormat(locale(language), {
    timeZone: PLAN_TIME_ZONE,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/** A calendar date (YYYY-MM-DD) is a day, not an instant: shown as written, never shifted by a time zone. */
export function formatDay(isoDate: string | undefined, language: string): string {
  if (isoDate === undefined) return '';
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale(language), { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(
    date,
  );
}

/** A short numeric date for narrow columns: 20-10-2026 (nl) or 20/10/2026 (en). */
export function formatDayShort(isoDate: string | undefined, language: string): string {
  if (isoDate === undefined) return '';
  const [year, month, day] = isoDate.split('-');
  if (year === undefined || month === undefined || day === undefined) return isoDate;
  return language === 'en' ? `${day}/${month}/${year}` : `${day}-${month}-${year}`;
}

export function formatDuration(duration: Duration | undefined, t: Translate, language: string): string {
  if (duration === undefined) return '';
  const plural = duration.value === 1 ? 'one' : 'other';
  const key: MessageKey = `documents.duration.${duration.unit}.${plural}`;
  return t(key, { value: duration.value.toLocaleString(locale(language)) });
}
