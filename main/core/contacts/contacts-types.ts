import { z } from 'zod';
import { contactsFormats, contactsImportActions } from '../../../shared/plan/vocabularies.js';

/*
 * The contract of the contacts import between the core and the screens. Pure TypeScript (no Node, no DOM) so
 * it can move to shared/ when the import gets its IPC method.
 */

/** A municipality's crisis organisation has hundreds of people, not tens of thousands. */
export const MAX_CONTACTS_PER_FILE = 5_000;
/** A line longer than this is junk or an attack, not a contact (a vCard photo stays well below it). */
export const MAX_CONTACTS_LINE_CHARS = 1_048_576;
/** The same for one vCard property with all its folded lines joined: folding must not slip past the line cap. */
export const MAX_VCARD_ENTRY_CHARS = MAX_CONTACTS_LINE_CHARS;
/** A photo of 1 MB folded at 75 characters takes about 14,000 lines; a line of nothing but folds is an attack. */
export const MAX_VCARD_CONTINUATIONS = 16_384;


/** The phone kinds an import can propose; a subset of the plan's kinds. */
export const importedPhoneKinds = ['mobile', 'work', 'landline', 'home', 'pager', 'other'] as const;
export type ImportedPhoneKind = (typeof importedPhoneKinds)[number];


export const incomingPhoneSchema = z.strictObject({
  /** E.164, as the plan stores it. */
  number: z.string(),
  kind: z.enum(importedPhoneKinds),
});
export type IncomingPhone = z.infer<typeof incomingPhoneSchema>;

export const incomingContactSchema = z.strictObject({
  name: z.string(),
  email: z.string().optional(),
  jobTitle: z.string().optional(),
  organisation: z.string().optional(),
  phones: z.array(incomingPhoneSchema),
});
export type IncomingContact = z.infer<typeof incomingContactSchema>;

export const contactMatchReasons = ['email', 'phone', 'name'] as const;
export type ContactMatchReason = (typeof contactMatchReasons)[number];

export const contactsImportEntrySchema = z.strictObject({
  /** Position of the contact in the file, counted from 0; decisions refer to it. */
  index: z.number().int().min(0),
  incoming: incomingContactSchema,
  match: z
    .strictObject({
      personId: z.string(),
      name: z.string(),
      reason: z.enum(contactMatchReasons),
    })
    .optional(),
  proposed: z.enum(contactsImportActions),
  /** The person's fields an update would change (`email`, `jobTitle`, `phones`); empty for add and skip. */
  changedFields: z.array(z.string()),
  /**
   * Set when the contact matches a person by name alone and would change them: a namesake is no proof, so
   * the update is proposed but applied only when the user confirms it for this contact.
   */
  confirmationNeeded: z.literal(true).optional(),
});
export type ContactsImportEntry = z.infer<typeof contactsImportEntrySchema>;

export const contactsImportProblemSchema = z.strictObject({
  /** The line of the file (from 1) where the contact with the problem starts. */
  line: z.number().int().min(0),
  /** The message key and its params: whoever shows the problem words it in its own language. */
  key: z.string().max(200),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ContactsImportProblem = z.infer<typeof contactsImportProblemSchema>;

export const contactsImportPreviewSchema = z.strictObject({
  format: z.enum(contactsFormats),
  entries: z.array(contactsImportEntrySchema),
  problems: z.array(contactsImportProblemSchema),
});
export type ContactsImportPreview = z.infer<typeof contactsImportPreviewSchema>;

export const contactsImportDecisionSchema = z.strictObject({
  index: z.number().int().min(0).max(MAX_CONTACTS_PER_FILE),
  action: z.enum(contactsImportActions),
  /** The user's word that a person found by name alone is this contact: needed to update them. */
  confirmNameMatch: z.boolean().optional(),
});
export type ContactsImportDecision = z.infer<typeof contactsImportDecisionSchema>;

export const contactsImportDecisionsSchema = z.array(contactsImportDecisionSchema).max(MAX_CONTACTS_PER_FILE);

/** What the screen sends: the file (name and bytes) as read, and what to do with each contact. */
export const contactsImportFileSchema = z.strictObject({
  fileName: z.string().max(1_000),
  bytes: z.instanceof(Uint8Array),
});

export const contactsImportApplySchema = contactsImportFileSchema.extend({
  decisions: contactsImportDecisionsSchema,
});
export type ContactsImportApplyInput = z.infer<typeof contactsImportApplySchema>;
