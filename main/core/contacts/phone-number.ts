import { parseDialablePhone } from '../../../shared/plan/phone-display.js';
import type { ImportedPhoneKind } from './contacts-types.js';
import type { PhoneKindHint } from './parsed-contact.js';

export interface NormalisedPhone {
  readonly number: string;
  readonly kind: ImportedPhoneKind;
}

/** `tel:` URIs (vCard 4.0) and the Dutch habit "+31 (0)6 ..." both need a little help before parsing. */
function prepare(raw: string): string {
  return raw
    .trim()
    .replace(/^tel:/i, '')
    .replace(/;.*$/, '')
    .replace(/\(0\)/g, '');
}

/**
 * A number in E.164 with the kind the plan should keep it as, or undefined when it is not a valid number.
 * Validity uses the full metadata, so "12345" or a mobile number one digit short are refused, not guessed.
 */
export function normalisePhone(raw: string, hint: PhoneKindHint): NormalisedPhone | undefined {
  const prepared = prepare(raw);
  if (prepared === '' || prepared.length > 64) return undefined;
  const parsed = parseDialablePhone(prepared);
  if (parsed === undefined) return undefined;
  const number = parsed.number;
  if (!/^\+[1-9]\d{6,14}$/.test(number)) return undefined;
  if (hint !== 'generic') return { number, kind: hint };
  const type = parsed.getType();
  if (type === 'MOBILE') return { number, kind: 'mobile' };
  if (type === 'FIXED_LINE') return { number, kind: 'landline' };
  if (type === 'PAGER') return { number, kind: 'pager' };
  return { number, kind: 'other' };
}
