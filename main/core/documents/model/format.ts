import type { Language } from '../../../../shared/i18n/translate.js';
import type { Translate } from '../../../../shared/i18n/index.js';
import {
  formatCalendarDay,
  formatCalendarDayShort,
  formatDuration as formatPlanDuration,
  formatInstant as formatPlanInstant,
} from '../../../../shared/i18n/plan-value-format.js';
import type { Duration } from '../../../../shared/plan/primitives.js';

// Paper writes values in full and leaves a blank where the plan has none, for a pen to fill in.

export function formatInstant(instant: Date | string, language: Language): string {
  return formatPlanInstant(instant, language, 'full');
}

export function formatDay(isoDate: string | undefined, language: Language): string {
  return isoDate === undefined ? '' : formatCalendarDay(isoDate, language);
}

export function formatDayShort(isoDate: string | undefined, language: Language): string {
  return isoDate === undefined ? '' : formatCalendarDayShort(isoDate, language);
}

export function formatDuration(duration: Duration | undefined, t: Translate, language: Language): string {
  return duration === undefined ? '' : formatPlanDuration(duration, t, language);
}
