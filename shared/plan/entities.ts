import { z } from 'zod';
import {
  dateSchema,
  durationSchema,
  e164Schema,
  emailSchema,
  idSchema,
  nameSchema,
  textSchema,
  timestampSchema,
} from './primitives.js';
import { ref } from './ref.js';

/*
 * Every record is a flat object with an `id`. Its top-level properties are the unit of merging: each carries
 * its own change stamp, and a nested array (a person's phone numbers, a scenario's action steps) is one value.
 */

export const phoneKinds = ['mobile', 'work', 'landline', 'home', 'satellite', 'pager', 'other'] as const;

export const phoneSchema = z.strictObject({
  number: e164Schema,
  kind: z.enum(phoneKinds),
  /** A private number is personal data: printed only for the crisis team, and only with recorded consent. */
  private: z.boolean().default(false),
  /** The day the holder consented to keeping this private number in the plan. */
  consentRecordedOn: dateSchema.optional(),
  label: z.string().max(100).optional(),
  /** The day someone was reached on this number (a call-tree test, a check by phone). */
  lastVerified: dateSchema.optional(),
  /** The day this number was found to reach someone else; cleared when the number is corrected. */
  wrongNumberFlaggedOn: dateSchema.optional(),
});
export type Phone = z.infer<typeof phoneSchema>;

/** A role mailbox (bcm@, fg@) is shared by whoever holds the role; it is kept apart from the person's own. */
export const emailKinds = ['work', 'role', 'other'] as const;
export type EmailKind = (typeof emailKinds)[number];

/** Contacts exports carry up to four addresses per contact; a plan keeps as many. */
export const MAX_PERSON_EMAILS = 4;

export const emailAddressSchema = z.strictObject({
  address: emailSchema,
  kind: z.enum(emailKinds),
  label: z.string().max(100).optional(),
});
export type EmailAddress = z.infer<typeof emailAddressSchema>;

export const contactChannels = ['phone', 'sms', 'signal', 'whatsapp', 'email', 'c2000', 'in-person'] as const;

export const personSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  jobTitle: z.string().max(300).optional(),
  department: z.string().max(300).optional(),
  /** Set for people of an external organisation; absent for the municipality's own staff. */
  organisationId: ref('organisations').optional(),
  /** The first address is the one to write to. */
  emails: z.array(emailAddressSchema).max(MAX_PERSON_EMAILS).default([]),
  phones: z.array(phoneSchema).max(20).default([]),
  preferredChannel: z.enum(contactChannels).optional(),
  /**
   * The day someone last confirmed these details as a whole. A contact unverified for 12 months is a gap; a
   * number verified later (see `phone.lastVerified`) counts too: `personLastVerified` derives the day.
   */
  lastVerified: dateSchema.optional(),
  notes: textSchema.optional(),
});
export type Person = z.infer<typeof personSchema>;

export const crisisRoleSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  /** The team this role sits in: GBT, crisisteam, team bevolkingszorg, I&A, ... */
  team: z.string().max(200).optional(),
  description: textSchema.optional(),
  /** The task card: what this role does when the plan is activated. */
  tasks: z.array(z.string().max(2_000)).max(100).default([]),
  primaryPersonId: ref('people').optional(),
  deputyPersonIds: z.array(ref('people')).max(20).default([]),
  /** Whether this role may activate the plan. */
  mayActivate: z.boolean().default(false),
});
export type CrisisRole = z.infer<typeof crisisRoleSchema>;

/** One person's place in the call tree: who calls them, and who calls them when that caller cannot. */
export const callTreeEntrySchema = z.strictObject({
  id: idSchema,
  personId: ref('people'),
  /** Absent for the root: the person who starts the alert. */
  callerPersonId: ref('people').optional(),
  backupCallerPersonId: ref('people').optional(),
  /** Order among the people one caller calls. */
  order: z.number().int().min(0).max(10_000).default(0),
});
export type CallTreeEntry = z.infer<typeof callTreeEntrySchema>;

export const organisationKinds = [
  'supplier',
  'saas',
  'chain-partner',
  'emergency-service',
  'government',
  'utility',
  'other',
] as const;

export const externalOrganisationSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  kind: z.enum(organisationKinds),
  service: textSchema.optional(),
  contractNumber: z.string().max(200).optional(),
  phone: e164Schema.optional(),
  /** The line that answers day and night; a supplier without one is a gap. */
  line24x7: e164Schema.optional(),
  email: emailSchema.optional(),
  /** Escalation path, first step first. */
  escalation: z.array(z.string().max(1_000)).max(20).default([]),
  notes: textSchema.optional(),
});
export type ExternalOrganisation = z.infer<typeof externalOrganisationSchema>;

export const hostingKinds = ['saas', 'on-premise', 'hosted', 'cloud'] as const;

export const applicationSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  description: textSchema.optional(),
  hosting: z.enum(hostingKinds),
  supplierId: ref('organisations').optional(),
  rto: durationSchema.optional(),
  rpo: durationSchema.optional(),
  /** What the users do by hand while the application is down. */
  manualFallback: textSchema.optional(),
  ownerRoleId: ref('roles').optional(),
});
export type Application = z.infer<typeof applicationSchema>;

export const locationKinds = [
  'town-hall',
  'office',
  'fallback-site',
  'data-centre',
  'neighbouring-municipality',
  'other',
] as const;

export const locationSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  kind: z.enum(locationKinds),
  address: z.string().max(500).optional(),
  phone: e164Schema.optional(),
  capacity: z.number().int().min(0).max(100_000).optional(),
  /** How to get in: key holder, badge, alarm code holder. */
  access: textSchema.optional(),
  facilities: z.array(z.string().max(500)).max(100).default([]),
  notes: textSchema.optional(),
});
export type Location = z.infer<typeof locationSchema>;

export const criticalities = ['critical', 'high', 'medium', 'low'] as const;
export const baseRegisters = ['BRP', 'BAG', 'BGT', 'BRK', 'BRO', 'HR', 'WOZ', 'BRI'] as const;

export const legalDeadlineSchema = z.strictObject({
  description: z.string().min(1).max(1_000),
  /** The term itself, when it is one; "paid monthly" has none. */
  term: durationSchema.optional(),
  /** The law or norm: "Wet BRP art. 2.4", "Awb art. 7:10". */
  source: z.string().max(300).optional(),
});
export type LegalDeadline = z.infer<typeof legalDeadlineSchema>;

export const processSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  description: textSchema.optional(),
  department: z.string().max(300).optional(),
  ownerRoleId: ref('roles').optional(),
  ownerPersonId: ref('people').optional(),
  criticality: z.enum(criticalities),
  /** Maximum tolerable period of disruption (MAO). */
  mtpd: durationSchema.optional(),
  rto: durationSchema.optional(),
  rpo: durationSchema.optional(),
  /** Minimum business continuity objective: the least service that must go on. */
  mbco: textSchema.optional(),
  legalDeadlines: z.array(legalDeadlineSchema).max(50).default([]),
  /** The manual workaround while the normal way is unavailable. */
  workaround: textSchema.optional(),
  applicationIds: z.array(ref('applications')).max(200).default([]),
  supplierIds: z.array(ref('organisations')).max(200).default([]),
  roleIds: z.array(ref('roles')).max(200).default([]),
  locationIds: z.array(ref('locations')).max(200).default([]),
  baseRegisters: z.array(z.enum(baseRegisters)).max(baseRegisters.length).default([]),
});
export type Process = z.infer<typeof processSchema>;

export const actionPhases = ['first-hour', 'first-day', 'recovery', 'return-to-normal'] as const;

export const actionStepSchema = z.strictObject({
  text: z.string().min(1).max(2_000),
  ownerRoleId: ref('roles').optional(),
  /** Counted from the moment the scenario is activated. */
  deadline: durationSchema.optional(),
  phase: z.enum(actionPhases).default('first-hour'),
});
export type ActionStep = z.infer<typeof actionStepSchema>;

export const scenarioSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  description: textSchema.optional(),
  activationCriteria: z.array(z.string().max(2_000)).max(50).default([]),
  /** Roles that may activate this scenario. */
  activatedByRoleIds: z.array(ref('roles')).max(50).default([]),
  strategy: textSchema.optional(),
  steps: z.array(actionStepSchema).max(200).default([]),
  recovery: textSchema.optional(),
  returnToNormal: textSchema.optional(),
  /** What this scenario takes away; the impact analysis derives the processes hit from it. */
  unavailableApplicationIds: z.array(ref('applications')).max(200).default([]),
  unavailableSupplierIds: z.array(ref('organisations')).max(200).default([]),
  unavailableLocationIds: z.array(ref('locations')).max(200).default([]),
  unavailableRoleIds: z.array(ref('roles')).max(200).default([]),
});
export type Scenario = z.infer<typeof scenarioSchema>;

/** Kinds of exercise, from the lightest to the heaviest; a call-tree test is an alarmeringstest. */
export const exerciseKinds = ['call-tree', 'tabletop', 'walkthrough', 'technical', 'fallback', 'full-scale'] as const;
export type ExerciseKind = (typeof exerciseKinds)[number];
export const exerciseStatuses = ['planned', 'held', 'cancelled'] as const;
export type ExerciseStatus = (typeof exerciseStatuses)[number];

export const callTreeOutcomes = ['reached', 'not-reached', 'wrong-number'] as const;
export type CallTreeOutcome = (typeof callTreeOutcomes)[number];

/** One person's result in a call-tree test: reached or not, on which number, when. */
export const callTreeResultSchema = z.strictObject({
  personId: ref('people'),
  outcome: z.enum(callTreeOutcomes),
  /** The number dialled; for `reached` the number that reached them, for `wrong-number` the number that is wrong. */
  number: e164Schema.optional(),
  at: timestampSchema,
});
export type CallTreeResult = z.infer<typeof callTreeResultSchema>;

/** What a call-tree test recorded, kept with its exercise so the figures can be derived again at any time. */
export const callTreeRecordSchema = z.strictObject({
  startedAt: timestampSchema,
  endedAt: timestampSchema.optional(),
  results: z.array(callTreeResultSchema).max(5_000).default([]),
});
export type CallTreeRecord = z.infer<typeof callTreeRecordSchema>;

export const exerciseSchema = z.strictObject({
  id: idSchema,
  title: nameSchema,
  date: dateSchema,
  kind: z.enum(exerciseKinds),
  status: z.enum(exerciseStatuses).default('planned'),
  leadPersonId: ref('people').optional(),
  /** What the exercise covers; the coverage matrix counts these. */
  scenarioIds: z.array(ref('scenarios')).max(200).default([]),
  processIds: z.array(ref('processes')).max(500).default([]),
  applicationIds: z.array(ref('applications')).max(500).default([]),
  locationIds: z.array(ref('locations')).max(200).default([]),
  roleIds: z.array(ref('roles')).max(200).default([]),
  participantPersonIds: z.array(ref('people')).max(500).default([]),
  /** How it went, in a few sentences. */
  result: textSchema.optional(),
  findings: z.array(z.string().max(2_000)).max(200).default([]),
  /** Set for a call-tree test: each person's result. */
  callTree: callTreeRecordSchema.optional(),
});
export type Exercise = z.infer<typeof exerciseSchema>;
