import { parsePhoneNumberFromString } from 'libphonenumber-js';

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
