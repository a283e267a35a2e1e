// The full metadata: the default (min) set only checks a number's length, so a Dutch mobile a digit short or
// with an impossible prefix would pass as valid.
import { parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js/max';
import { enumLabels } from '../i18n/enum-labels.js';
import type { Translate } from '../i18n/index.js';
import type { Phone } from './entities.js';
import type { Audience } from './vocabularies.js';

/**
 * Phone numbers are stored E.164 and shown as people dial them: Dutch numbers in national format (06 40001001),
 * foreign ones internationally. A number the metadata does not recognise as valid is shown as stored rather
 * than mangled, so nobody dials a number with its country code or a digit lost.
 */
export function formatPhone(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (parsed === undefined || !parsed.isValid()) return e164;
  return parsed.country === 'NL' ? parsed.formatNational() : parsed.formatInternational();
}

const DIALABLE_MEMORY = 50_000;
const dialable = new Map<string, boolean>();

/**
 * Whether a number can be dialled: libphonenumber's validity for its region (a Dutch mobile has ten digits,
 * 06 and eight more), not its length check, which lets a mobile one digit short pass. Checked where numbers
 * enter the plan (the editor, plan and contacts import); the stored format accepts any E.164, so a plan that
 * holds such a number still opens and its health list names it.
 */
export function isDialablePhone(e164: string): boolean {
  const known = dialable.get(e164);
  if (known !== undefined) return known;
  const answer = e164.startsWith('+') && parseDialablePhone(e164) !== undefined;
  // The health of a plan asks this of every number on every revision, and parsing with the full metadata is
  // the costliest part of it; a number's answer never changes, so it is kept (a bounded set, emptied when full).
  if (dialable.size >= DIALABLE_MEMORY) dialable.clear();
  dialable.set(e164, answer);
  return answer;
}

/** The plan's own numbers are Dutch: a number written without country code is read as one. */
export const DEFAULT_PHONE_REGION = 'NL';

/**
 * A number as someone typed or imported it ("06-40001001", "+31 20 ..."), parsed for its region; undefined
 * unless it is a number that can be dialled (see `isDialablePhone`). The one parser of the editor, the
 * contacts import and the checks.
 */
export function parseDialablePhone(text: string): PhoneNumber | undefined {
  const parsed = parsePhoneNumberFromString(text.trim(), DEFAULT_PHONE_REGION);
  return parsed?.isValid() === true ? parsed : undefined;
}

/**
 * Whether a number may be shown to this audience. A private number is personal data (AVG): it goes only to
 * the crisis team, and only when the holder's consent is recorded. The screens outside the editor show what
 * the crisis team's paper shows.
 */
export function phoneVisibleTo(phone: Phone, audience: Audience): boolean {
  if (!phone.private) return true;
  return audience === 'crisis-team' && phone.consentRecordedOn !== undefined;
}

/** The numbers a screen outside the editor shows: those the crisis team's paper shows. */
export function phonesShownOnScreen(phones: readonly Phone[]): Phone[] {
  return phones.filter((phone) => phoneVisibleTo(phone, 'crisis-team'));
}

/** What a number is for, as its holder named it ("piketnummer AOV"), else its kind ("Mobiel"). */
export function phoneLabel(phone: Phone, t: Translate): string {
  const label = phone.label?.trim();
  return label === undefined || label === '' ? t(enumLabels.phoneKind[phone.kind]) : label;
}
