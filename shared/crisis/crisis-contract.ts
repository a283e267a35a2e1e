import { z } from 'zod';
import { idSchema, timestampSchema } from '../plan/primitives.js';
import { crisisLineSchema, crisisTextSchema } from './crisis-text.js';
import { appendableEventSchema, crisisIdSchema, evaluationDataSchema } from './crisis-events.js';
import { crisisStateSchema } from './crisis-state.js';

/*
 * The crisis part of the IPC contract (shared/api.ts names the methods): list, open, start, append to and close
 * a crisis. The page sends what a person entered; main stamps, signs and writes the event, and answers with the
 * folded state and whatever the log's verification refused.
 */

/** Why an event of a log was refused or flagged; `kept` says whether it still counts in the state. */
export const crisisProblemReasons = [
  /** The line is not an event (not JSON, wrong shape, a newer format). */
  'malformed',
  'spec-too-new',
  /** The stored id is not the hash of the signed content: the event was changed after signing. */
  'id-mismatch',
  'signature-invalid',
  /** Signed by a key this laptop does not trust (or no longer trusts). */
  'signer-unknown',
  /** The event sits in another crisis's log, or in another device's file. */
  'misplaced',
  /** Its link to the same device's previous event does not hold: an event before it is missing or moved. */
  'chain-broken',
  /** Two different events of one device claim the same place in its chain. */
  'fork',
] as const;
export type CrisisProblemReason = (typeof crisisProblemReasons)[number];

export const crisisProblemSchema = z.strictObject({
  reason: z.enum(crisisProblemReasons),
  /** Set where problems of several crises are listed together (an import). */
  crisisId: z.string().optional(),
  /** The device the event claims to come from (its key id), when it can be read. */
  device: z.string().optional(),
  deviceFingerprint: z.string().optional(),
  deviceName: z.string().optional(),
  /** The event's time by its author's clock (from its clock stamp), when it can be read. */
  time: z.string().optional(),
  seq: z.number().int().optional(),
  eventId: z.string().optional(),
  /** Line number in the log file (from 1); absent for events from a bundle. */
  line: z.number().int().min(1).optional(),
  /** True when the event itself holds (signature and id) and still counts; only its place is in doubt. */
  kept: z.boolean(),
});
export type CrisisProblem = z.infer<typeof crisisProblemSchema>;

/** A device whose events are in the log: how the screens and the record name it. */
export const crisisDeviceSchema = z.strictObject({
  keyid: z.string(),
  fingerprint: z.string(),
  name: z.string().optional(),
  own: z.boolean(),
  eventCount: z.number().int().min(0),
});

/** Events from a clock more than a day ahead of this laptop's: shown as a clock problem, still kept. */
export const crisisClockWarningSchema = z.strictObject({
  device: z.string(),
  deviceFingerprint: z.string(),
  time: z.string(),
  aheadByMs: z.number().min(0),
});

/** What a bundle's crisis logs would bring: new events, and the events refused (with device and time). */
export const crisisImportSummarySchema = z.strictObject({
  crisisCount: z.number().int().min(0),
  newEvents: z.number().int().min(0),
  problems: z.array(crisisProblemSchema),
  clockWarnings: z.array(crisisClockWarningSchema.extend({ crisisId: z.string() })),
});
export type CrisisImportSummary = z.infer<typeof crisisImportSummarySchema>;

export const crisisViewSchema = z.strictObject({
  state: crisisStateSchema,
  problems: z.array(crisisProblemSchema),
  devices: z.array(crisisDeviceSchema),
  clockWarnings: z.array(crisisClockWarningSchema),
});
export type CrisisView = z.infer<typeof crisisViewSchema>;

export const crisisSummarySchema = z.strictObject({
  crisisId: z.string(),
  exercise: z.boolean(),
  activatedAt: z.string().optional(),
  scenarioNames: z.array(z.string()),
  /** The unforeseen crisis's description, when it had one. */
  other: z.string().optional(),
  closedAt: z.string().optional(),
  eventCount: z.number().int().min(0),
  problemCount: z.number().int().min(0),
});
export type CrisisSummary = z.infer<typeof crisisSummarySchema>;

export const crisisRefSchema = z.strictObject({ crisisId: crisisIdSchema });

/** Activating: the moment defaults to now in main; one earlier (entered late) may be given. */
export const crisisStartRequestSchema = z.strictObject({
  scenarioIds: z.array(idSchema).max(50),
  other: z.strictObject({ description: crisisTextSchema(2_000) }).optional(),
  at: timestampSchema.optional(),
  by: crisisLineSchema(200),
  roleId: idSchema.optional(),
  exercise: z.boolean(),
});
export type CrisisStartRequest = z.infer<typeof crisisStartRequestSchema>;

export const crisisAppendRequestSchema = z.strictObject({ crisisId: crisisIdSchema, event: appendableEventSchema });
export type CrisisAppendRequest = z.infer<typeof crisisAppendRequestSchema>;

export const crisisCloseRequestSchema = z.strictObject({
  crisisId: crisisIdSchema,
  at: timestampSchema.optional(),
  by: crisisLineSchema(200),
  /** The evaluation may come with the close, or later as its own event. */
  evaluation: evaluationDataSchema.optional(),
});
export type CrisisCloseRequest = z.infer<typeof crisisCloseRequestSchema>;

export const crisisStartResultSchema = z.strictObject({ crisisId: z.string(), view: crisisViewSchema });

export const crisisChangedPayloadSchema = z.strictObject({ crisisId: z.string(), eventCount: z.number().int().min(0) });
