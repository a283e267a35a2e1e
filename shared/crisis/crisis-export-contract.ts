import { z } from 'zod';
import { languages } from '../i18n/translate.js';
import { crisisIdSchema } from './crisis-events.js';

/**
 * Saving the crisis record: as Word, as PDF, or as the signed record itself for the archive. The page names
 * the crisis and the format; where the file goes is chosen in main, in the host's save dialog.
 */
export const crisisExportFormats = ['docx', 'pdf', 'record'] as const;
export type CrisisExportFormat = (typeof crisisExportFormats)[number];

export const crisisExportRequestSchema = z.strictObject({
  crisisId: crisisIdSchema,
  format: z.enum(crisisExportFormats),
  language: z.enum(languages),
});
export type CrisisExportRequest = z.infer<typeof crisisExportRequestSchema>;
