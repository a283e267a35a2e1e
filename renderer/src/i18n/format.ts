import type { Language } from '../../../shared/i18n/translate.js';
import type { Translate } from '../../../shared/i18n/index.js';
import type { Duration } from '../../../shared/plan/primitives.js';
import { formatCalendarDay, formatDuration as formatPlanDuration, formatInstant } from '../../../shared/i18n/plan-value-format.js';
import { parseDialablePhone } from '../../../shared/plan/phone-display.js';

/** What the user typed, as E.164 (Dutch numbers may be typed nationally), or undefined when it is no number. */
export function parsePhoneInput(text: string): string | undefined {
  return parseDialablePhone(text)?.number;
}

// A screen shows a dash where the plan has no value, so an empty cell is not mistaken for a missing row.

/** A calendar date of the plan (YYYY-MM-DD): a day, not an instant, so no time zone shifts it. */
export function formatDate(isoDate: string | undefined, language: Language): string {
  return isoDate === undefined ? '—' : formatCalendarDay(isoDate, language);
}

/** An instant stored in UTC, shown as the clock in the Netherlands read it. */
export function formatTimestamp(iso: string | undefined, language: Language): string {
  return iso === undefined ? '—' : formatInstant(iso, language, 'compact');
}

export function formatDuration(duration: Duration | undefined, t: Translate, language: Language): string {
  return duration === undefined ? '—' : formatPlanDuration(duration, t, language);
}

export { formatMinutes } from '../../../shared/i18n/plan-value-format.js';
