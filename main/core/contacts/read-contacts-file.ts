import { DraaiboekError } from '../../../shared/errors.js';
import { assertPlausibleContactsText } from './contacts-text-guard.js';
import { MAX_CONTACTS_FILE_BYTES, type ContactsFormat } from '../../../shared/plan/vocabularies.js';
import { MAX_CONTACTS_PER_FILE } from './contacts-types.js';
import { parseCsvContacts } from './csv-contacts.js';
import { decodeContactsText } from './decode-contacts-text.js';
import { toIncomingContact, type IncomingFromFile } from './incoming-contacts.js';
import type { ParseProblem } from './parsed-contact.js';
import { looksLikeVcard, parseVcardContacts } from './vcard-contacts.js';

export interface ContactsFileReading {
  readonly format: ContactsFormat;
  /** In file order; an entry's index in the preview is its position here. */
  readonly contacts: readonly IncomingFromFile[];
  readonly problems: readonly ParseProblem[];
}

/**
 * Reads a contacts export from its bytes: size cap, encoding, plausibility, format, then every contact checked.
 * Deterministic, so the apply step re-reads the same bytes to the same entries the preview showed.
 */
export function readContactsFile(fileName: string, bytes: Uint8Array): ContactsFileReading {
  if (bytes.length > MAX_CONTACTS_FILE_BYTES) {
    throw new DraaiboekError('FILE_TOO_LARGE', `${fileName} is larger than ${MAX_CONTACTS_FILE_BYTES} bytes`, {
      path: fileName,
      size: bytes.length,
      max: MAX_CONTACTS_FILE_BYTES,
    });
  }
  if (bytes.length === 0) throw new DraaiboekError('FILE_EMPTY', `${fileName} is empty`, { path: fileName });
  const text = decodeContactsText(bytes);
  assertPlausibleContactsText(text, fileName);
  const parsed = looksLikeVcard(text) ? parseVcardContacts(text) : parseCsvContacts(text, fileName);
  if (parsed.contacts.length > MAX_CONTACTS_PER_FILE) {
    throw new DraaiboekError('CONTACTS_TOO_MANY', `${parsed.contacts.length} contacts`, {
      count: parsed.contacts.length,
      max: MAX_CONTACTS_PER_FILE,
    });
  }
  const problems: ParseProblem[] = [...parsed.problems];
  const contacts: IncomingFromFile[] = [];
  for (const contact of parsed.contacts) {
    const incoming = toIncomingContact(contact, problems);
    if (incoming !== undefined) contacts.push(incoming);
  }
  problems.sort((a, b) => a.line - b.line);
  return { format: parsed.format, contacts, problems };
}
