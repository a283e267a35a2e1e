import { z } from 'zod';
import { criticalities, actionPhases } from '../plan/entities.js';
import {
  activatedDataSchema,
  bobMeetingDataSchema,
  decisionDataSchema,
  evaluationDataSchema,
  handoverDataSchema,
  logEntryDataSchema,
  rollCallStatuses,
  unavailabilityReasons,
  crisisEventKinds,
} from './crisis-events.js';

/*
 * What the fold of a crisis log gives: the state every screen, print and export shows. It is derived, never
 * stored, and carries the ids of the events it came from so a screen can point at the entry it shows.
 */

const eventId = z.string();
const moment = z.string();

/** Where an item came from: the event, the device that wrote it and its clock stamp. */
const originShape = { eventId, device: z.string(), hlc: z.string() };

export const checklistItemSchema = z.strictObject({
  scenarioId: z.string(),
  scenarioName: z.string(),
  stepIndex: z.number().int().min(0),
  text: z.string(),
  ownerRoleId: z.string().optional(),
  ownerRoleName: z.string().optional(),
  phase: z.enum(actionPhases),
  /** Activation moment plus the step's deadline; absent for a step without deadline. */
  dueAt: moment.optional(),
  state: z.enum(['open', 'done', 'not-applicable']),
  /** Who ticked it (the name entered) and when, for done and not-applicable. */
  by: z.string().optional(),
  at: moment.optional(),
  reason: z.string().optional(),
  /** Open and past its due moment at the fold's `now`. */
  overdue: z.boolean(),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const logEntryViewSchema = logEntryDataSchema.extend({
  ...originShape,
  /** Later entries that correct this one: it stays, struck through, as on paper. */
  correctedBy: z.array(eventId),
});
export type LogEntryView = z.infer<typeof logEntryViewSchema>;

export const decisionViewSchema = decisionDataSchema.extend({ ...originShape, correctedBy: z.array(eventId) });
export type DecisionView = z.infer<typeof decisionViewSchema>;

export const followUpViewSchema = z.strictObject({
  decisionId: eventId,
  index: z.number().int().min(0),
  text: z.string(),
  ownerRoleId: z.string().optional(),
  ownerName: z.string().optional(),
  due: moment.optional(),
  overdue: z.boolean(),
});
export type FollowUpView = z.infer<typeof followUpViewSchema>;

export const bobMeetingViewSchema = bobMeetingDataSchema.extend(originShape);
export type BobMeetingView = z.infer<typeof bobMeetingViewSchema>;

export const personAvailabilitySchema = z.strictObject({
  personId: z.string(),
  personName: z.string(),
  /** At the fold's `now`: unavailable only between `from` and `until`. */
  availableNow: z.boolean(),
  /** The latest availability event for this person, as entered. */
  state: z.enum(['unavailable', 'available']),
  from: moment,
  until: moment.optional(),
  reason: z.enum(unavailabilityReasons).optional(),
  note: z.string().optional(),
  ...originShape,
});
export type PersonAvailability = z.infer<typeof personAvailabilitySchema>;

export const rollCallViewSchema = z.strictObject({
  roleId: z.string(),
  roleName: z.string(),
  personId: z.string(),
  personName: z.string(),
  status: z.enum(rollCallStatuses),
  at: moment,
  ...originShape,
});
export type RollCallView = z.infer<typeof rollCallViewSchema>;

/** A crisis role as the day stands: who holds it now. */
export const roleStaffingSchema = z.strictObject({
  roleId: z.string(),
  roleName: z.string(),
  primaryPersonId: z.string().optional(),
  /** The first available of the primary and then the deputies in the plan's order; absent: nobody. */
  standingInPersonId: z.string().optional(),
  standingInName: z.string().optional(),
  /** A deputy stands in because the primary is unavailable (or the role has no primary). */
  deputyStandsIn: z.boolean(),
  /** Nobody available: no primary, no deputy. */
  uncovered: z.boolean(),
});
export type RoleStaffing = z.infer<typeof roleStaffingSchema>;

export const processWithoutStaffSchema = z.strictObject({
  processId: z.string(),
  name: z.string(),
  criticality: z.enum(criticalities),
  /** The uncovered roles it depends on. */
  roleIds: z.array(z.string()),
  dueInMinutes: z.number().optional(),
});

export const activationViewSchema = activatedDataSchema.safeExtend({
  ...originShape,
  scenarioNames: z.array(z.string()),
});
export type ActivationView = z.infer<typeof activationViewSchema>;

export const handoverViewSchema = handoverDataSchema.extend(originShape);
export const evaluationViewSchema = evaluationDataSchema.extend(originShape);

export const timelineEntrySchema = z.strictObject({
  ...originShape,
  kind: z.enum(crisisEventKinds as [string, ...string[]]),
  /** The moment the event is about, as entered (an activation entered late lies before its clock stamp). */
  at: moment.optional(),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const crisisStateSchema = z.strictObject({
  crisisId: z.string(),
  /** The moment the state was folded for: what "overdue" and "available now" are measured against. */
  now: moment,
  /** The first activation; later activations add their scenarios (listed in `activations`). */
  activation: activationViewSchema.optional(),
  activations: z.array(activationViewSchema),
  exercise: z.boolean(),
  checklist: z.array(checklistItemSchema),
  /** Every event in log order. */
  timeline: z.array(timelineEntrySchema),
  logEntries: z.array(logEntryViewSchema),
  decisions: z.array(decisionViewSchema),
  /** The follow-up actions of the decisions that stand (not corrected). */
  followUps: z.array(followUpViewSchema),
  bobMeetings: z.array(bobMeetingViewSchema),
  availability: z.array(personAvailabilitySchema),
  rollCall: z.array(rollCallViewSchema),
  staffing: z.array(roleStaffingSchema),
  processesWithoutStaff: z.array(processWithoutStaffSchema),
  handovers: z.array(handoverViewSchema),
  closed: z.strictObject({ at: moment, by: z.string(), ...originShape }).optional(),
  evaluations: z.array(evaluationViewSchema),
  /** The devices whose events are in the log. */
  devices: z.array(z.string()),
  eventCount: z.number().int().min(0),
});
export type CrisisState = z.infer<typeof crisisStateSchema>;
