import { z } from 'zod';
import { idSchema, timestampSchema, dateSchema } from '../plan/primitives.js';
import { crisisLineSchema, crisisTextSchema } from './crisis-text.js';

/*
 * What can happen in a crisis, one schema per kind of event. Events are immutable: a mistake is put right by a
 * new event (a log entry or decision that `corrects` an earlier one, a step `reopened`), never by an edit.
 * Every moment (`at`) is what the person entered (it may lie before the event was written, for an activation
 * entered late); the order of the log is the events' clock stamps, not these moments.
 */

/** The content address of an event: lowercase hex SHA-256 of its canonical signed form. */
export const crisisEventIdSchema = z.string().regex(/^[0-9a-f]{64}$/, 'event id: 64 lowercase hex digits');
export type CrisisEventId = z.infer<typeof crisisEventIdSchema>;

export const crisisIdSchema = z.uuid();
export type CrisisId = z.infer<typeof crisisIdSchema>;

const nameSchema = crisisLineSchema(200);

export const activatedDataSchema = z
  .strictObject({
    /** The plan's scenarios activated together; empty only for an unforeseen crisis (`other`). */
    scenarioIds: z.array(idSchema).max(50),
    /** "Other / unforeseen": what is going on, when no scenario of the plan fits (or beside those that do). */
    other: z.strictObject({ description: crisisTextSchema(2_000) }).optional(),
    /** The moment the crisis team was activated: now, or earlier when entered late. */
    at: timestampSchema,
    by: nameSchema,
    roleId: idSchema.optional(),
    /** An exercise (OEFENING) rather than the real thing: every screen, print and export says so. */
    exercise: z.boolean(),
  })
  .refine((data) => data.scenarioIds.length > 0 || data.other !== undefined, {
    message: 'activate at least one scenario, or describe an unforeseen crisis',
    path: ['scenarioIds'],
  })
  .refine((data) => new Set(data.scenarioIds).size === data.scenarioIds.length, {
    message: 'a scenario is named twice',
    path: ['scenarioIds'],
  });
export type ActivatedData = z.infer<typeof activatedDataSchema>;

export const stepStates = ['done', 'not-applicable', 'reopened'] as const;

export const stepTickedDataSchema = z
  .strictObject({
    scenarioId: idSchema,
    /** The step's place in the scenario's list of steps (the plan's steps have no ids of their own). */
    stepIndex: z.number().int().min(0).max(199),
    state: z.enum(stepStates),
    /** Why the step does not apply; required for `not-applicable`. */
    reason: crisisTextSchema(2_000).optional(),
    at: timestampSchema,
    by: nameSchema.optional(),
  })
  .refine((data) => (data.state === 'not-applicable') === (data.reason !== undefined), {
    message: 'a reason goes with not-applicable, and only with it',
    path: ['reason'],
  });
export type StepTickedData = z.infer<typeof stepTickedDataSchema>;

export const logEntryDataSchema = z.strictObject({
  at: timestampSchema,
  from: nameSchema.optional(),
  to: nameSchema.optional(),
  message: crisisTextSchema(),
  /** What was done about it, or to whom it was forwarded. */
  action: crisisTextSchema(2_000).optional(),
  author: nameSchema.optional(),
  /** The entry this one corrects ("doorhalen, niet uitgummen"): the old one stays, marked as corrected. */
  corrects: crisisEventIdSchema.optional(),
});
export type LogEntryData = z.infer<typeof logEntryDataSchema>;

export const followUpSchema = z.strictObject({
  text: crisisTextSchema(2_000),
  ownerRoleId: idSchema.optional(),
  ownerName: nameSchema.optional(),
  due: timestampSchema.optional(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const decisionDataSchema = z.strictObject({
  at: timestampSchema,
  decision: crisisTextSchema(),
  rationale: crisisTextSchema().optional(),
  decidedBy: nameSchema.optional(),
  followUps: z.array(followUpSchema).max(50),
  corrects: crisisEventIdSchema.optional(),
});
export type DecisionData = z.infer<typeof decisionDataSchema>;

/** A meeting in the BOB rhythm: beeldvorming, oordeelsvorming, besluitvorming. */
export const bobMeetingDataSchema = z.strictObject({
  at: timestampSchema,
  beeldvorming: crisisTextSchema(),
  oordeelsvorming: crisisTextSchema(),
  besluitvorming: crisisTextSchema(),
  chair: nameSchema.optional(),
});
export type BobMeetingData = z.infer<typeof bobMeetingDataSchema>;

export const unavailabilityReasons = ['ill', 'unreachable', 'leave', 'other'] as const;
export type UnavailabilityReason = (typeof unavailabilityReasons)[number];

export const availabilityDataSchema = z.discriminatedUnion('state', [
  z
    .strictObject({
      state: z.literal('unavailable'),
      personId: idSchema,
      from: timestampSchema,
      /** Absent: until further notice. */
      until: timestampSchema.optional(),
      reason: z.enum(unavailabilityReasons),
      note: crisisLineSchema(500).optional(),
    })
    .refine((data) => data.until === undefined || Date.parse(data.until) > Date.parse(data.from), {
      message: 'until must lie after from',
      path: ['until'],
    }),
  z.strictObject({ state: z.literal('available'), personId: idSchema, from: timestampSchema }),
]);
export type AvailabilityData = z.infer<typeof availabilityDataSchema>;

export const rollCallStatuses = ['reached', 'not-reached', 'available', 'unavailable'] as const;
export type RollCallStatus = (typeof rollCallStatuses)[number];

export const rollCallDataSchema = z.strictObject({
  roleId: idSchema,
  personId: idSchema,
  status: z.enum(rollCallStatuses),
  at: timestampSchema,
});
export type RollCallData = z.infer<typeof rollCallDataSchema>;

export const handoverDataSchema = z.strictObject({
  at: timestampSchema,
  summary: crisisTextSchema(),
  from: nameSchema,
  to: nameSchema,
  by: nameSchema,
});
export type HandoverData = z.infer<typeof handoverDataSchema>;

export const closedDataSchema = z.strictObject({ at: timestampSchema, by: nameSchema });
export type ClosedData = z.infer<typeof closedDataSchema>;

export const improvementActionSchema = z.strictObject({
  text: crisisTextSchema(2_000),
  owner: nameSchema,
  due: dateSchema,
});
export type ImprovementAction = z.infer<typeof improvementActionSchema>;

export const evaluationDataSchema = z.strictObject({
  wentWell: crisisTextSchema().optional(),
  toImprove: crisisTextSchema().optional(),
  actions: z.array(improvementActionSchema).max(100),
  by: nameSchema.optional(),
});
export type EvaluationData = z.infer<typeof evaluationDataSchema>;

/** Every kind of event with its data: the one list the store, the fold and the contract share. */
export const crisisEventDataSchemas = {
  activated: activatedDataSchema,
  'step-ticked': stepTickedDataSchema,
  'log-entry': logEntryDataSchema,
  decision: decisionDataSchema,
  'bob-meeting': bobMeetingDataSchema,
  availability: availabilityDataSchema,
  'roll-call': rollCallDataSchema,
  handover: handoverDataSchema,
  closed: closedDataSchema,
  evaluation: evaluationDataSchema,
} as const;

export type CrisisEventKind = keyof typeof crisisEventDataSchemas;
export const crisisEventKinds = Object.keys(crisisEventDataSchemas) as CrisisEventKind[];

/** One kind with its data, as listed in `crisisEventDataSchemas`. */
function eventBody<K extends CrisisEventKind>(kind: K) {
  return z.strictObject({ kind: z.literal(kind), data: crisisEventDataSchemas[kind] });
}

/**
 * What the page (and the CLI) may append to an open crisis. Activating goes through `crisis.start` (it makes
 * the crisis), closing through `crisis.close` (it may carry the evaluation); an evaluation may follow later.
 */
const appendableBodies = [
  eventBody('step-ticked'),
  eventBody('log-entry'),
  eventBody('decision'),
  eventBody('bob-meeting'),
  eventBody('availability'),
  eventBody('roll-call'),
  eventBody('handover'),
  eventBody('evaluation'),
] as const;
export const appendableKinds = appendableBodies.map((body) => body.shape.kind.value);
export type AppendableKind = (typeof appendableKinds)[number];
export const appendableEventSchema = z.discriminatedUnion('kind', appendableBodies);
export type AppendableEvent = z.infer<typeof appendableEventSchema>;

/** A kind and its data, checked together: the appendable kinds, and the two that open and close a crisis. */
export const crisisEventBodySchema = z.discriminatedUnion('kind', [eventBody('activated'), ...appendableBodies, eventBody('closed')]);
export type CrisisEventBody = z.infer<typeof crisisEventBodySchema>;
const everyKindHasABody: [Exclude<CrisisEventKind, CrisisEventBody['kind']>] extends [never] ? true : false = true;
void everyKindHasABody;
