/*
 * Value lists and limits that the screens, the documents, the CLI and the IPC contract all speak of. Their
 * labels live in the i18n catalogs; the values live here, once.
 */

/** Who a document, a kit or a register entry is for. Always chosen by the user: private numbers go only to the crisis team. */
export const audiences = ['crisis-team', 'organisation'] as const;
export type Audience = (typeof audiences)[number];

/** The address book exports a contacts import reads. */
export const contactsFormats = ['outlook-csv', 'google-csv', 'vcard'] as const;
export type ContactsFormat = (typeof contactsFormats)[number];

/** What a contacts import may do with one contact. */
export const contactsImportActions = ['add', 'update', 'skip'] as const;
export type ContactsImportAction = (typeof contactsImportActions)[number];

/** Larger than any real address book export; a bigger file is refused before it is read, by every door. */
export const MAX_CONTACTS_FILE_BYTES = 10 * 1024 * 1024;

/** The file name extension of a sync bundle, lower case with its dot. */
export const BUNDLE_EXTENSION = '.draaiboek';
