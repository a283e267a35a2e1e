import { z } from 'zod';
import { emailKinds } from './plan/entities.js';
import { contactsFormats, contactsImportActions } from './plan/vocabularies.js';

export { contactsFormats, contactsImportActions, type ContactsFormat, type ContactsImportAction } from './plan/vocabularies.js';

/*
 * The contacts import as the page sees it: what a file would change (the preview) and what the user decided.
 * The core's import works with these very types; main validates the page's decisions against them once.
 */

/** A municipality's crisis organisation has hundreds of people, not tens of thousands. */
export const MAX_CONTACTS_PER_FILE = 5_000;


/** The phone kinds an import can propose; a subset of the plan's kinds. */
export const importedPhoneKinds = ['mobile', 'work', 'landline', 'home', 'pager', 'other'] as const;
export type ImportedPhoneKind = (typeof importedPhoneKinds)[number];


export const incomingPhoneSchema = z.strictObject({
  /** E.164, as the plan stores it. */
  number: z.string(),
  kind: z.enum(importedPhoneKinds),
});
export type IncomingPhone = z.infer<typeof incomingPhoneSchema>;

export const incomingEmailSchema = z.strictObject({
  address: z.string(),
  kind: z.enum(emailKinds),
  /** The type or label the file gave the address, when it says more than the kind. */
  label: z.string().optional(),
});
export type IncomingEmail = z.infer<typeof incomingEmailSchema>;

export const incomingContactSchema = z.strictObject({
  name: z.string(),
  /** The addresses the plan can hold, the one to write to first; the file's others are listed as problems. */
  emails: z.array(incomingEmailSchema),
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
  /** The person's fields an update would change (`emails`, `jobTitle`, `phones`); empty for add and skip. */
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

export const contactsPreviewSchema = z.strictObject({
  format: z.enum(contactsFormats),
  entries: z.array(contactsImportEntrySchema),
  problems: z.array(contactsImportProblemSchema),
});
export type ContactsPreview = z.infer<typeof contactsPreviewSchema>;

export const contactsImportDecisionSchema = z.strictObject({
  index: z.number().int().min(0).max(MAX_CONTACTS_PER_FILE),
  action: z.enum(contactsImportActions),
  /** The user's word that a person found by name alone is this contact: needed to update them. */
  confirmNameMatch: z.boolean().optional(),
});
export type ContactsImportDecision = z.infer<typeof contactsImportDecisionSchema>;

/** A chosen contacts file and its preview; the file stays in main, the page refers to it by `importId`. */
export const contactsChoiceSchema = z.union([
  z.strictObject({ importId: z.string(), fileName: z.string(), preview: contactsPreviewSchema }),
  z.null(),
]);
export type ContactsChoice = z.infer<typeof contactsChoiceSchema>;

/** The user's word on a previewed file: one action per contact, by its index in the file. */
export const contactsDecisionsSchema = z.strictObject({
  importId: z.string().min(1).max(100),
  decisions: z.array(contactsImportDecisionSchema).max(MAX_CONTACTS_PER_FILE),
});
