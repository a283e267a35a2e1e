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

export const callTreeTargetGroups = ['crisis-roles', 'everyone'] as const;
export type CallTreeTargetGroup = (typeof callTreeTargetGroups)[number];

/** "`share` percent of `who` reached within `withinMinutes` of the test's start." */
export const callTreeTargetSchema = z.strictObject({
  who: z.enum(callTreeTargetGroups),
  share: z.number().int().min(1).max(100),
  withinMinutes: z.number().int().min(1).max(24 * 60),
});
export type CallTreeTarget = z.infer<typeof callTreeTargetSchema>;

/** The targets a plan that sets none is held to. */
export const DEFAULT_CALL_TREE_TARGETS: readonly CallTreeTarget[] = [
  { who: 'crisis-roles', share: 100, withinMinutes: 30 },
  { who: 'everyone', share: 80, withinMinutes: 60 },
];

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
  /** A free-text approval from before approvals were bound to a revision (see `approvals`); kept as written. */
  approvedBy: z.string().max(300).optional(),
  approvedOn: dateSchema.optional(),
  reviewedOn: dateSchema.optional(),
  validUntil: dateSchema.optional(),
  /** The next review; once passed, the plan is stale. The newest approval's dates take precedence (effective-dates.ts). */
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
  /** What a call-tree test is held to; absent means DEFAULT_CALL_TREE_TARGETS. */
  callTreeTargets: z.array(callTreeTargetSchema).max(10).optional(),
});
export type PlanMeta = z.infer<typeof planMetaSchema>;
