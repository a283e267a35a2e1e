import type { IsoDate } from './primitives.js';

/** The plan's days (review due, valid until, last verified) are days in the Netherlands, wherever the clock runs. */
export const PLAN_TIME_ZONE = 'Europe/Amsterdam';

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: PLAN_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date (YYYY-MM-DD) it is in the Netherlands at `now`. */
export function todayInAmsterdam(now: Date): IsoDate {
  return dayFormat.format(now);
}
