import type { ParsedContact, ParsedContactsFile, ParseProblem, RawEmail, RawPhone } from './parsed-contact.js';
import { cleanText } from './parsed-contact.js';
import { readPhoneType, typeWords } from './phone-type-words.js';
import { unfoldVcardLines } from './vcard-lines.js';
import {
  decodePropertyValue,
  paramValues,
  parseVcardProperty,
  splitComponents,
  unescapeText,
  type VcardProperty,
} from './vcard-property.js';

/** True when the text is a vCard file: its first line that says anything opens a card. */
export function looksLikeVcard(text: string): boolean {
  return /^\s*BEGIN\s*:\s*VCARD\s*$/i.test(text.slice(0, 4_096).split(/\r\n|\r|\n/).find((line) => line.trim() !== '') ?? '');
}

interface CardDraft {
  readonly line: number;
  version: string;
  formattedName?: string;
  structuredName?: string;
  emailIsPreferred: boolean;
  /** The preferred address first, then the others in file order. */
  readonly emails: RawEmail[];
  readonly otherFields: Set<string>;
  jobTitle?: string;
  role?: string;
  organisation?: string;
  readonly phones: RawPhone[];
}

/** N is family;given;additional;prefix;suffix; Dutch "tussenvoegsels" sit in additional: "Marieke van Dalen". */
function nameFromN(value: string, version: string): string | undefined {
  const [family = '', given = '', additional = '', prefix = '', suffix = ''] = splitComponents(value).map((part) =>
    unescapeText(part, version),
  );
  return cleanText([prefix, given, additional, family, suffix].join(' '));
}

function isPreferred(property: VcardProperty): boolean {
  return (
    paramValues(property, 'TYPE').some((type) => type.toLowerCase() === 'pref') || paramValues(property, 'PREF').length > 0
  );
}

function telephoneOf(property: VcardProperty, value: string): RawPhone | undefined {
  const words = paramValues(property, 'TYPE').flatMap(typeWords);
  const reading = readPhoneType(words);
  if (reading === 'fax') return undefined;
  return { raw: value.trim(), hint: reading.hint, private: reading.private };
}

/**
 * Properties that describe the card rather than the person, and those read above by another name: never worth a
 * remark. Vendor extensions (X-...) are left out too: address books fill them with their own bookkeeping.
 */
const HOUSEKEEPING: ReadonlySet<string> = new Set(['BEGIN', 'END', 'PRODID', 'REV', 'UID', 'KIND', 'SOURCE', 'CLIENTPIDMAP', 'SORT-STRING', 'NICKNAME', 'CATEGORIES', 'PHOTO', 'LOGO', 'CLASS', 'LABEL']);

function readProperty(card: CardDraft, property: VcardProperty, value: string): void {
  const text = (raw: string): string => unescapeText(raw, card.version);
  switch (property.name) {
    case 'VERSION':
      card.version = value.trim();
      return;
    case 'FN':
      card.formattedName ??= cleanText(text(value));
      return;
    case 'N':
      card.structuredName ??= nameFromN(value, card.version);
      return;
    case 'EMAIL': {
      const email = cleanText(text(value).replace(/^mailto:/i, ''));
      if (email === undefined) return;
      if (card.emails.some((known) => known.address.toLowerCase() === email.toLowerCase())) return;
      // INTERNET and PREF say how, not whose: the rest of the type (WORK, HOME, a custom word) is the label.
      const type = paramValues(property, 'TYPE').filter((word) => !/^(internet|pref)$/i.test(word)).join(' ');
      const raw: RawEmail = type === '' ? { address: email } : { address: email, type };
      if (isPreferred(property) && !card.emailIsPreferred) {
        card.emails.unshift(raw);
        card.emailIsPreferred = true;
      } else {
        card.emails.push(raw);
      }
      return;
    }
    case 'TITLE':
      card.jobTitle ??= cleanText(text(value));
      return;
    case 'ROLE':
      card.role ??= cleanText(text(value));
      return;
    case 'ORG':
      card.organisation ??= cleanText(text(splitComponents(value)[0] ?? ''));
      return;
    case 'TEL': {
      const phone = telephoneOf(property, value);
      if (phone !== undefined && phone.raw !== '') card.phones.push(phone);
      return;
    }
    default:
      if (!HOUSEKEEPING.has(property.name) && !property.name.startsWith('X-') && value.trim() !== '') card.otherFields.add(property.name);
  }
}

function finishCard(card: CardDraft): ParsedContact {
  return {
    line: card.line,
    name: card.formattedName ?? card.structuredName,
    emails: card.emails,
    jobTitle: card.jobTitle ?? card.role,
    organisation: card.organisation,
    phones: card.phones,
    otherFields: [...card.otherFields],
  };
}

/**
 * Reads every card of a vCard 2.1, 3.0 or 4.0 file. Cards nested inside a card (2.1 AGENT) are skipped; a card
 * left open at the end of the file is still read, with a problem noted.
 */
export function parseVcardContacts(text: string): ParsedContactsFile {
  const contacts: ParsedContact[] = [];
  const problems: ParseProblem[] = [];
  let card: CardDraft | undefined;
  let nesting = 0;
  for (const { text: lineText, line } of unfoldVcardLines(text)) {
    const property = parseVcardProperty(lineText);
    if (property === undefined) continue;
    const marker = property.rawValue.trim().toUpperCase();
    if (property.name === 'BEGIN' && marker === 'VCARD') {
      if (card === undefined) card = { line, version: '3.0', emailIsPreferred: false, emails: [], otherFields: new Set(), phones: [] };
      else nesting += 1;
      continue;
    }
    if (property.name === 'END' && marker === 'VCARD') {
      if (nesting > 0) nesting -= 1;
      else if (card !== undefined) {
        contacts.push(finishCard(card));
        card = undefined;
      }
      continue;
    }
    if (card === undefined || nesting > 0) continue;
    const decoded = decodePropertyValue(property);
    if (decoded.unknownCharset !== undefined) {
      problems.push({ line, key: 'contacts.problem.unknownCharset', params: { charset: decoded.unknownCharset } });
    }
    readProperty(card, property, decoded.value);
  }
  if (card !== undefined) {
    problems.push({ line: card.line, key: 'contacts.problem.cardNotClosed', params: {} });
    contacts.push(finishCard(card));
  }
  return { format: 'vcard', contacts, problems };
}
