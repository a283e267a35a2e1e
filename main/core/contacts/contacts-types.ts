/*
 * The limits of reading a contacts file, which only the core does. The preview and decision types are the
 * contract's (shared/contacts-contract.ts), re-exported for the readers here.
 */
export {
  MAX_CONTACTS_PER_FILE,
  contactsPreviewSchema as contactsImportPreviewSchema,
  type ContactMatchReason,
  type ContactsFormat,
  type ContactsImportAction,
  type ContactsImportDecision,
  type ContactsImportEntry,
  type ContactsPreview as ContactsImportPreview,
  type ImportedPhoneKind,
  type IncomingContact,
  type IncomingEmail,
  type IncomingPhone,
} from '../../../shared/contacts-contract.js';

/** A line longer than this is junk or an attack, not a contact (a vCard photo stays well below it). */
export const MAX_CONTACTS_LINE_CHARS = 1_048_576;
/** The same for one vCard property with all its folded lines joined: folding must not slip past the line cap. */
export const MAX_VCARD_ENTRY_CHARS = MAX_CONTACTS_LINE_CHARS;
/** A photo of 1 MB folded at 75 characters takes about 14,000 lines; a line of nothing but folds is an attack. */
export const MAX_VCARD_CONTINUATIONS = 16_384;
