import { z } from 'zod';
import {
  applicationSchema,
  callTreeEntrySchema,
  crisisRoleSchema,
  exerciseSchema,
  externalOrganisationSchema,
  locationSchema,
  personSchema,
  processSchema,
  scenarioSchema,
} from './entities.js';
import { approvalSchema, improvementActionSchema } from './cycle-records.js';
import { planMetaSchema } from './meta.js';
import { ID_PATTERN, idSchema, timestampSchema } from './primitives.js';
import { uniqueRecordIds } from './unique-record-ids.js';
import type { ReferenceTarget } from './ref.js';

/** The current version of the file format. A file of a newer version is refused, an older one migrated. */
export const SPEC_VERSION = 3;
export const PLAN_TYPE = 'draaiboek.plan';

/** The record collections of a plan, each an array of records with an `id`. */
export const collectionSchemas = {
  people: personSchema,
  roles: crisisRoleSchema,
  callTree: callTreeEntrySchema,
  organisations: externalOrganisationSchema,
  applications: applicationSchema,
  locations: locationSchema,
  processes: processSchema,
  scenarios: scenarioSchema,
  exercises: exerciseSchema,
  improvementActions: improvementActionSchema,
  approvals: approvalSchema,
} as const;

export type CollectionName = keyof typeof collectionSchemas;
export const collectionNames = Object.keys(collectionSchemas) as CollectionName[];
// The names a reference may target are written out in ref.ts (the schemas above are built with them): the same set.
type SameSet<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const referenceTargetsAreTheCollections: SameSet<ReferenceTarget, CollectionName> = true;
void referenceTargetsAreTheCollections;
export type RecordOf<C extends CollectionName> = z.infer<(typeof collectionSchemas)[C]>;

const MAX_RECORDS = 100_000;

function records<T extends z.ZodType<{ id: string }>>(schema: T, collection: CollectionName) {
  return z.array(schema).max(MAX_RECORDS).superRefine(uniqueRecordIds(collection)).default([]);
}

/** What the plan says: the part a coordinator edits, documents print, and `import-plan` reads. */
export const planContentSchema = z.strictObject({
  meta: planMetaSchema,
  people: records(personSchema, 'people'),
  roles: records(crisisRoleSchema, 'roles'),
  callTree: records(callTreeEntrySchema, 'callTree'),
  organisations: records(externalOrganisationSchema, 'organisations'),
  applications: records(applicationSchema, 'applications'),
  locations: records(locationSchema, 'locations'),
  processes: records(processSchema, 'processes'),
  scenarios: records(scenarioSchema, 'scenarios'),
  exercises: records(exerciseSchema, 'exercises'),
  improvementActions: records(improvementActionSchema, 'improvementActions'),
  approvals: records(approvalSchema, 'approvals'),
});
export type PlanContent = z.infer<typeof planContentSchema>;
export type PlanContentInput = z.input<typeof planContentSchema>;

/**
 * A hybrid logical clock reading: wall-clock milliseconds (15 digits), a counter (4 hex digits) and the id of
 * the device that made it (16 hex digits, the start of its key id). Plain string comparison orders stamps.
 */
export const hlcSchema = z.string().regex(/^\d{15}-[0-9a-f]{4}-[0-9a-f]{16}$/, 'malformed clock stamp');
export type Hlc = z.infer<typeof hlcSchema>;

/** The record key under which the plan's meta record is stamped, as if `meta` were a collection of one. */
export const META_RECORD_ID = 'plan';
export type StampedCollection = CollectionName | 'meta';
export const stampedCollections: readonly StampedCollection[] = ['meta', ...collectionNames];

const FIELD_NAME = /^[a-zA-Z][a-zA-Z0-9]{0,63}$/;

const fieldsByCollection: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['meta', new Set(Object.keys(planMetaSchema.shape))],
  ...collectionNames.map((name): [string, ReadonlySet<string>] => [
    name,
    new Set(Object.keys(collectionSchemas[name].shape).filter((field) => field !== 'id')),
  ]),
]);

/** The fields a record of this stamped collection can have; undefined for an unknown collection. */
export function fieldsOf(collection: unknown): ReadonlySet<string> | undefined {
  return typeof collection === 'string' ? fieldsByCollection.get(collection) : undefined;
}
const HLC = /^\d{15}-[0-9a-f]{4}-[0-9a-f]{16}$/;
const fieldNameSchema = z.string().regex(FIELD_NAME);

type StampMap = Record<string, Record<string, Record<string, Hlc>>>;

/** stamps[collection][recordId][field] = the stamp of the edit that set that field's current value. */
export type Stamps = Partial<Record<StampedCollection, Record<string, Record<string, Hlc>>>>;
/** tombstones[collection][recordId] = the stamp of the deletion. Deleted ids never come back. */
export type Tombstones = Partial<Record<CollectionName, Record<string, Hlc>>>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks nested maps of stamps in one plain loop. A large plan holds a stamp for every field of every record
 * (hundreds of thousands), and zod's record machinery spent more time on them than on the whole content.
 * `levels` names the keys from the outside in; the innermost values must be clock stamps.
 */
interface StampLevel {
  readonly pattern: RegExp;
  /** The keys allowed at this level; for field names they depend on the collection (the first key of the path). */
  readonly allowed?: ReadonlySet<string> | ((path: readonly (string | number)[]) => ReadonlySet<string> | undefined);
  readonly what: string;
}

function checkStampTree(value: unknown, levels: readonly StampLevel[], ctx: z.RefinementCtx): void {
  // One path walked as a stack, copied only into an issue: a plan has hundreds of thousands of stamps.
  const path: (string | number)[] = [];
  const walk = (node: unknown, depth: number): void => {
    const level = levels[depth];
    if (level === undefined) {
      if (typeof node !== 'string' || !HLC.test(node)) ctx.addIssue({ code: 'custom', message: 'malformed clock stamp', path: [...path] });
      return;
    }
    if (!isPlainObject(node)) {
      ctx.addIssue({ code: 'custom', message: `expected a map of ${level.what}`, path: [...path] });
      return;
    }
    const allowed = typeof level.allowed === 'function' ? level.allowed(path) : level.allowed;
    for (const key of Object.keys(node)) {
      path.push(key);
      if (!level.pattern.test(key) || (allowed !== undefined && !allowed.has(key))) {
        ctx.addIssue({ code: 'custom', message: `not a ${level.what}: ${key}`, path: [...path] });
      } else {
        walk(node[key], depth + 1);
      }
      path.pop();
    }
  };
  walk(value, 0);
}

const ANY_NAME = /^[a-zA-Z]+$/;
const idLevel = { pattern: ID_PATTERN, what: 'record id' };
const fieldLevel: StampLevel = {
  pattern: FIELD_NAME,
  // Only the fields a record of that collection can have: a stamp or a conflict for any other name (say
  // `toString`) could never be right, and would meet Object.prototype in a plain lookup.
  allowed: (path) => fieldsOf(path[0]),
  what: 'field name',
};

export const stampsSchema = z.custom<Stamps>().superRefine((value, ctx) =>
  checkStampTree(value, [{ pattern: ANY_NAME, allowed: new Set(stampedCollections), what: 'collection' }, idLevel, fieldLevel], ctx),
);

export const tombstonesSchema = z.custom<Tombstones>().superRefine((value, ctx) =>
  checkStampTree(value, [{ pattern: ANY_NAME, allowed: new Set(collectionNames), what: 'collection' }, idLevel], ctx),
);

// The checks above hold the same shape as this type; keep the two in step.
const stampShapeMatches: Stamps extends Partial<StampMap> ? true : false = true;
void stampShapeMatches;

/**
 * A value that lost a merge to a concurrent edit of the same field, kept for the user to review. `value`
 * is absent when the losing edit cleared the field.
 */
export const conflictSchema = z.strictObject({
  collection: z.enum(stampedCollections),
  recordId: idSchema,
  field: fieldNameSchema,
  value: z.unknown().optional(),
  stamp: hlcSchema,
  /** Set when the user reviewed the conflict; a resolved conflict stays resolved through later merges. */
  resolvedAt: hlcSchema.optional(),
}).refine((conflict) => fieldsOf(conflict.collection)?.has(conflict.field) === true, {
  message: 'a conflict about a field this kind of record does not have',
  path: ['field'],
});
export type Conflict = z.infer<typeof conflictSchema>;

/**
 * What this copy knows, per device: the highest stamp of that device's edits that this copy has seen.
 * It tells a concurrent edit (a conflict) from a later one (an update) when two copies meet.
 */
export const versionVectorSchema = z.record(z.string().regex(/^[0-9a-f]{16}$/), hlcSchema);
export type VersionVector = z.infer<typeof versionVectorSchema>;

export const syncStateSchema = z.strictObject({
  stamps: stampsSchema.default({}),
  tombstones: tombstonesSchema.default({}),
  versionVector: versionVectorSchema.default({}),
  conflicts: z.array(conflictSchema).max(MAX_RECORDS).default([]),
});
export type SyncState = z.infer<typeof syncStateSchema>;

/** The plan as stored: its content plus the bookkeeping that lets two copies merge exactly. */
export const planDocumentSchema = z.strictObject({
  content: planContentSchema,
  sync: syncStateSchema,
});
export type PlanDocument = z.infer<typeof planDocumentSchema>;

/** The signed part of `plan.json` (ARCHITECTURE section 3). */
export const signedPlanSchema = z.strictObject({
  _type: z.literal(PLAN_TYPE),
  specVersion: z.literal(SPEC_VERSION),
  planId: z.uuid(),
  revision: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  savedAt: timestampSchema,
  plan: planDocumentSchema,
});
export type SignedPlan = z.infer<typeof signedPlanSchema>;
