import { z } from 'zod';
import { dateSchema, e164Schema, nameSchema, textSchema } from './primitives.js';
import { ref } from './ref.js';

/** What a copy of the plan was handed out on. */
export const copyMedia = ['paper', 'usb', 'laptop', 'other'] as const;

export const distributionEntrySchema = z.strictObject({
  holder: z.string().min(1).max(300),
  personId: ref('people').optional(),
  medium: z.enum(copyMedia).default('paper'),
  copyNumber: z.number().int().min(1).max(100_000).optional(),
});
export type DistributionEntry = z.infer<typeof distributionEntrySchema>;

export const changeHistoryEntrySchema = z.strictObject({
  version: z.string().min(1).max(50),
  date: dateSchema,
  author: z.string().max(300).optional(),
  description: z.string().max(2_000),
});
export type ChangeHistoryEntry = z.infer<typeof changeHistoryEntrySchema>;

/**
 * The plan's own record: who it belongs to, who approved it, until when it holds, and the chapters that are
 * prose rather than records. Merged field by field like any other record.
 */
export const planMetaSchema = z.strictObject({
  organisationName: nameSchema,
  /** CBS municipality code, GM followed by four digits. */
  municipalityCode: z.string().regex(/^GM\d{4}$/).optional(),
  title: nameSchema,
  /** The coordinator's own version label, "2.1"; the store's revision counts every save separately. */
  versionLabel: z.string().max(50).optional(),
  classification: z.string().min(1).max(200),
  ownerPersonId: ref('people').optional(),
  approvedBy: z.string().max(300).optional(),
  approvedOn: dateSchema.optional(),
  reviewedOn: dateSchema.optional(),
  validUntil: dateSchema.optional(),
  /** The next review; once passed, the plan is stale. */
  reviewDue: dateSchema.optional(),
  purpose: textSchema.optional(),
  scope: textSchema.optional(),
  relatedPlans: z.array(z.string().max(500)).max(50).default([]),
  /** Channels that do not depend on the failed systems, one line each. */
  communication: z.array(z.string().max(2_000)).max(50).default([]),
  /** The standard alert message read out or sent down the call tree. */
  alertMessage: textSchema.optional(),
  callingRules: z.array(z.string().max(1_000)).max(30).default([]),
  /** The emergency kit (paraatheidskoffer), one item a line. */
  emergencyKit: z.array(z.string().max(500)).max(200).default([]),
  vitalRecords: z.array(z.string().max(500)).max(200).default([]),
  meetingCycle: textSchema.optional(),
  generalPhone: e164Schema.optional(),
  distribution: z.array(distributionEntrySchema).max(500).default([]),
  changeHistory: z.array(changeHistoryEntrySchema).max(500).default([]),
});
export type PlanMeta = z.infer<typeof planMetaSchema>;
