import type { Language } from '../i18n/translate.js';
import { PLAN_TIME_ZONE } from '../plan/today.js';

/*
 * A crisis moment as the team reads it on the wall clock in the Netherlands: "di 3 dec 12:00". Screens and
 * paper both use this one spelling, so a deadline on the card and on the printed card read the same.
 */

const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
const formats = new Map<Language, Intl.DateTimeFormat>();

export function formatCrisisClock(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let format = formats.get(language);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locales[language], {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: PLAN_TIME_ZONE,
    });
    formats.set(language, format);
  }
  // Intl puts commas and full stops ("di 3 dec. om 12:00", "Tue, 3 Dec, 12:00"); the card reads "di 3 dec 12:00".
  const parts = format.formatToParts(date);
  const value = (type: Intl.DateTimeFormatPartTypes) => (parts.find((part) => part.type === type)?.value ?? '').replace(/\.$/, '');
  return `${value('weekday')} ${value('day')} ${value('month')} ${value('hour')}:${value('minute')}`;
}
