import type { IsoDate } from './primitives.js';

/** The same calendar day `years` later (or earlier); 29 February becomes 28 February in a year without one. */
export function addYears(day: IsoDate, years: number): IsoDate {
  const year = Number(day.slice(0, 4)) + years;
  const monthDay = day.slice(4);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const fixed = monthDay === '-02-29' && !leap ? '-02-28' : monthDay;
  return `${String(year).padStart(4, '0')}${fixed}`;
}
