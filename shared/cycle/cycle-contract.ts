import { z } from 'zod';
import { approvalBodies, approvalSchema } from '../plan/cycle-records.js';
import { callTreeOutcomes, exerciseKinds } from '../plan/entities.js';
import { callTreeTargetSchema } from '../plan/meta.js';
import { dateSchema, e164Schema, idSchema, nameSchema, timestampSchema } from '../plan/primitives.js';
import { recordChangeSchema } from './changes-since.js';

/*
 * The yearly cycle's part of the IPC contract (shared/api.ts names the methods) and of the CLI's input files.
 * Exercises and improvement actions are edited as ordinary records (`plan.apply`); recording a call-tree test,
 * approving a revision and taking over a crisis's actions change several records at once, each in one revision.
 */

const revisionSchema = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

/** A finished call-tree test, as the screen sends it and as `draaiboek calltree-test record FILE.json` reads it. */
export const callTreeTestSchema = z.strictObject({
  date: dateSchema,
  title: nameSchema.optional(),
  /** When the first call went out; absent means at the first result. */
  startedAt: timestampSchema.optional(),
  endedAt: timestampSchema.optional(),
  leadPersonId: idSchema.optional(),
  results: z
    .array(
      z.strictObject({
        personId: idSchema,
        outcome: z.enum(callTreeOutcomes),
        number: e164Schema.optional(),
        at: timestampSchema,
      }),
    )
    .min(1)
    .max(5_000),
  findings: z.array(z.string().max(2_000)).max(200).optional(),
});
export type CallTreeTestInput = z.infer<typeof callTreeTestSchema>;

/** What a body adopted: which revision, when, under which decision. */
export const approveRequestSchema = z.strictObject({
  revision: revisionSchema,
  body: z.enum(approvalBodies),
  bodyName: z.string().trim().min(1).max(300).optional(),
  date: dateSchema,
  reference: z.string().trim().min(1).max(200).optional(),
});
export type ApproveRequest = z.infer<typeof approveRequestSchema>;

/** Take over a crisis evaluation's improvement actions into the plan's list (those not taken over before). */
export const actionsFromCrisisRequestSchema = z.strictObject({ crisisId: z.uuid() });
export type ActionsFromCrisisRequest = z.infer<typeof actionsFromCrisisRequestSchema>;

export const targetOutcomeSchema = z.strictObject({
  target: callTreeTargetSchema,
  population: z.number().int().min(0),
  reachedInTime: z.number().int().min(0),
  needed: z.number().int().min(0),
  met: z.boolean(),
});

export const callTreeProgressSchema = z.strictObject({
  total: z.number().int().min(0),
  reached: z.number().int().min(0),
  notReached: z.number().int().min(0),
  wrongNumber: z.number().int().min(0),
  pending: z.number().int().min(0),
  sharePercent: z.number().int().min(0).max(100),
  elapsedMinutes: z.number().int().min(0),
  medianMinutes: z.number().min(0).optional(),
  slowestMinutes: z.number().min(0).optional(),
  targets: z.array(targetOutcomeSchema),
});

export const coverageMatrixSchema = z.strictObject({
  since: dateSchema,
  exercises: z.array(z.strictObject({ id: z.string(), title: z.string(), date: dateSchema, kind: z.enum(exerciseKinds) })),
  rows: z.array(
    z.strictObject({
      collection: z.enum(['processes', 'scenarios']),
      id: z.string(),
      name: z.string(),
      exerciseIds: z.array(z.string()),
      lastExercised: dateSchema.optional(),
    }),
  ),
});

/**
 * Whether the current plan is the one adopted: `none` (no approval), `adopted` (unchanged since), `changed`
 * (with `changes`), or `changed-unknown` (changed, but the adopted revision is not in this laptop's history,
 * so the changes cannot be listed).
 */
export const adoptionStates = ['none', 'adopted', 'changed', 'changed-unknown'] as const;
export type AdoptionState = (typeof adoptionStates)[number];

export const cycleOverviewSchema = z.strictObject({
  revision: revisionSchema,
  today: dateSchema,
  adoption: z.strictObject({
    state: z.enum(adoptionStates),
    approval: approvalSchema.optional(),
    changes: z.array(recordChangeSchema),
  }),
  reviewDue: dateSchema.optional(),
  validUntil: dateSchema.optional(),
  /** Where the two dates come from: the newest approval, or the plan's details. */
  datesFrom: z.enum(['approval', 'meta']),
  coverage: coverageMatrixSchema,
  actions: z.strictObject({
    open: z.number().int().min(0),
    overdueIds: z.array(z.string()),
  }),
  /** Held call-tree tests with recorded results, newest first. */
  callTreeTests: z.array(
    z.strictObject({ exerciseId: z.string(), title: z.string(), date: dateSchema, progress: callTreeProgressSchema }),
  ),
});
export type CycleOverview = z.infer<typeof cycleOverviewSchema>;
