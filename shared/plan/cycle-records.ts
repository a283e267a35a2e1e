import { z } from 'zod';
import { dateSchema, idSchema, nameSchema, textSchema } from './primitives.js';
import { ref, refNamedBy, referenceTargets } from './ref.js';

/*
 * The records of the plan's yearly cycle besides the exercises: the improvement actions that come out of
 * exercises and crises, and the approvals (vaststellingen) bound to a signed revision.
 */

export const improvementActionStatuses = ['open', 'in-progress', 'done', 'cancelled'] as const;
export type ImprovementActionStatus = (typeof improvementActionStatuses)[number];

/** A plan record an action is about: which collection, which id (a reference like any other, see `refNamedBy`). */
export const recordRefSchema = z.strictObject({
  collection: z.enum(referenceTargets),
  id: refNamedBy('collection'),
});
export type RecordRef = z.infer<typeof recordRefSchema>;

/** The crisis an action came out of: its id (its log may live on another laptop) and its title as it was. */
export const crisisSourceSchema = z.strictObject({
  crisisId: z.uuid(),
  title: nameSchema,
});
export type CrisisSource = z.infer<typeof crisisSourceSchema>;

export const improvementActionSchema = z.strictObject({
  id: idSchema,
  text: z.string().trim().min(1).max(2_000),
  ownerPersonId: ref('people').optional(),
  dueDate: dateSchema.optional(),
  status: z.enum(improvementActionStatuses).default('open'),
  /** The exercise whose findings this action answers. */
  sourceExerciseId: ref('exercises').optional(),
  /** The crisis whose evaluation this action answers. */
  sourceCrisis: crisisSourceSchema.optional(),
  /** The plan records the action concerns (a process whose workaround failed, a person's number). */
  concerns: z.array(recordRefSchema).max(50).default([]),
  /** The day the action was done or cancelled. */
  closedOn: dateSchema.optional(),
  notes: textSchema.optional(),
});
export type ImprovementAction = z.infer<typeof improvementActionSchema>;

export const approvalBodies = ['college', 'gemeentesecretaris', 'directieteam', 'other'] as const;
export type ApprovalBody = (typeof approvalBodies)[number];

const hexDigest = z.string().regex(/^[0-9a-f]{64}$/);
const ed25519Signature = z.string().regex(/^[A-Za-z0-9+/]{86}==$/);

/**
 * A body adopted revision N of the plan on a date (vaststelling). The approval names what it adopted three
 * ways: the SHA-256 of the revision's content (JCS, the approvals left out), the revision's signature and the
 * key that made it. The laptop that recorded it signs the approval itself (`sealSignature`, over its canonical
 * form with the plan's id), so it cannot be moved to other content or another plan, nor edited afterwards.
 */
export const approvalSchema = z.strictObject({
  id: idSchema,
  body: z.enum(approvalBodies),
  /** The body's own name: required for `other`, optional otherwise ("college van B&W van Voorbeeldstad"). */
  bodyName: z.string().trim().min(1).max(300).optional(),
  /** The day of the decision. */
  date: dateSchema,
  /** The decision reference (besluitnummer, zaaknummer). */
  reference: z.string().trim().min(1).max(200).optional(),
  revision: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  contentHash: hexDigest,
  revisionSignature: ed25519Signature,
  revisionSignerKeyid: hexDigest,
  /** The next review: the approval date plus one year. */
  reviewDue: dateSchema,
  /** The last day the adopted plan holds without a new approval: the approval date plus two years. */
  validUntil: dateSchema,
  /** The laptop that recorded the approval, and its signature over the approval (see above). */
  sealKeyid: hexDigest,
  sealSignature: ed25519Signature,
});
export type Approval = z.infer<typeof approvalSchema>;
