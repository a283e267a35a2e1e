import { z } from 'zod';
import type { MessageKey } from './i18n/index.js';
import { languages } from './i18n/translate.js';
import { audiences } from './plan/vocabularies.js';

/*
 * The print centre's part of the IPC contract (shared/api.ts names the methods): preview a printable, print
 * it, save it as PDF, save a Word document, and read the register of copies. The page never names a file
 * path: main asks the host for one through its save dialog.
 */

/** The printables main can render; kept equal to main/core/documents (a test checks). */
export const printableDocumentKinds = [
  'contact-sheet',
  'contact-sheet-back',
  'pocket-card',
  'call-tree',
  'action-cards',
  'forms',
  'binder',
  'evidence',
] as const;
export type PrintableDocumentKind = (typeof printableDocumentKinds)[number];

/** The title of each printable, in the catalogs: on its pages, in the print centre, in file names. */
export const printableTitleKeys = {
  'contact-sheet': 'documents.printable.contactSheet',
  'contact-sheet-back': 'documents.printable.contactSheetBack',
  'pocket-card': 'documents.printable.pocketCard',
  'call-tree': 'documents.printable.callTree',
  'action-cards': 'documents.printable.actionCards',
  forms: 'documents.printable.forms',
  binder: 'documents.printable.binder',
  evidence: 'documents.title.evidence',
} as const satisfies Record<PrintableDocumentKind, MessageKey>;

/** The Word documents main can build; kept equal to main/core/documents (a test checks). */
export const wordDocumentKindNames = ['plan', 'contacts', 'action-cards', 'evidence'] as const;
export type WordDocumentKindName = (typeof wordDocumentKindNames)[number];

/** The title of each Word document, in the catalogs: on its cover, in its properties, in file names. */
export const wordTitleKeys = {
  plan: 'documents.title.plan',
  contacts: 'documents.title.contacts',
  'action-cards': 'documents.title.actionCards',
  evidence: 'documents.title.evidence',
} as const satisfies Record<WordDocumentKindName, MessageKey>;

const recipientSchema = z.string().trim().max(300);

export const printableRequestSchema = z.strictObject({
  kind: z.enum(printableDocumentKinds),
  audience: z.enum(audiences),
  language: z.enum(languages),
  /** Who gets this copy, for the register; optional. */
  recipient: recipientSchema.optional(),
});
export type PrintableRequest = z.infer<typeof printableRequestSchema>;

export const wordRequestSchema = z.strictObject({
  kind: z.enum(wordDocumentKindNames),
  audience: z.enum(audiences),
  language: z.enum(languages),
  recipient: recipientSchema.optional(),
});
export type WordRequest = z.infer<typeof wordRequestSchema>;

/** The improvement actions as CSV: the language names the file; the columns are the same in both. */
export const actionsCsvRequestSchema = z.strictObject({
  language: z.enum(languages),
});
export type ActionsCsvRequest = z.infer<typeof actionsCsvRequestSchema>;

export const printablePreviewRequestSchema = printableRequestSchema.omit({ recipient: true });

export const printablePreviewSchema = z.strictObject({
  /** A complete HTML document with its own restrictive CSP, for a sandboxed frame. */
  html: z.string(),
  revision: z.number().int().min(1),
});
export type PrintablePreview = z.infer<typeof printablePreviewSchema>;

/** What a print or save did: `completed` is false when the user cancelled the dialog. */
export const documentOutcomeSchema = z.strictObject({
  completed: z.boolean(),
  /** The name of the saved file (never the folder): enough to tell the user where it went. */
  fileName: z.string().optional(),
  /** Set when the document is a numbered copy (the binder, the Word plan): the number on its cover. */
  copyNumber: z.number().int().min(1).optional(),
});
export type DocumentOutcome = z.infer<typeof documentOutcomeSchema>;

export const copyKindNames = ['binder-print', 'binder-pdf', 'docx', 'printable', 'bundle'] as const;

/** One line of the register of copies, as the page shows it. */
export const copyRecordSchema = z.strictObject({
  id: z.string(),
  direction: z.enum(['out', 'in']),
  kind: z.enum(copyKindNames),
  copyNumber: z.number().int().min(1).optional(),
  planId: z.string(),
  revision: z.number().int().min(1),
  at: z.string(),
  audience: z.enum(audiences).optional(),
  recipient: z.string().optional(),
  location: z.string().optional(),
  encrypted: z.boolean().optional(),
  signerFingerprint: z.string().optional(),
  summary: z.string().optional(),
});
export type CopyRecord = z.infer<typeof copyRecordSchema>;
