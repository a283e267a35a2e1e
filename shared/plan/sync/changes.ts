import { z } from 'zod';
import { DraaiboekError, isDraaiboekError } from '../../errors.js';
import { planMetaSchema } from '../meta.js';
import {
  META_RECORD_ID,
  collectionNames,
  collectionSchemas,
  type CollectionName,
  type Hlc,
  type PlanDocument,
} from '../plan.js';
import { idSchema } from '../primitives.js';
import { DocumentDraft, type FlatRecord } from './document-draft.js';
import { hasOwn, sameValue } from './json-value.js';
import { schemaInvalid } from './schema-error.js';
import { catchUpWith, type SyncClock } from './sync-clock.js';

export { stampNewDocument } from './stamp-new-document.js';

/**
 * How many changes one call from the page may send (`plan.apply` over IPC). It bounds a single message, not
 * the plan: a whole plan's import, a restore or the CLI's `apply` may make as many changes as the plan holds.
 */
export const MAX_CHANGES_PER_CALL = 10_000;

/** The names a record's fields can have; also keeps `__proto__` and friends out of every change. */
const fieldNameSchema = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,63}$/, 'unknown field name');
const fieldValuesSchema = z.record(fieldNameSchema, z.unknown());
const unsetFieldsSchema = z.array(fieldNameSchema).max(64);
const collectionNameSchema = z.enum(collectionNames);

export const createChangeSchema = z.strictObject({
  op: z.literal('create'),
  collection: collectionNameSchema,
  /** Checked against the collection's own schema when applied; a missing `id` is generated. */
  record: fieldValuesSchema,
});

export const updateChangeSchema = z.strictObject({
  op: z.literal('update'),
  collection: collectionNameSchema,
  id: idSchema,
  set: fieldValuesSchema,
  unset: unsetFieldsSchema.optional(),
});

export const deleteChangeSchema = z.strictObject({
  op: z.literal('delete'),
  collection: collectionNameSchema,
  id: idSchema,
});

export const updateMetaChangeSchema = z.strictObject({
  op: z.literal('updateMeta'),
  set: fieldValuesSchema,
  unset: unsetFieldsSchema.optional(),
});

export const changeSchema = z.discriminatedUnion('op', [
  createChangeSchema,
  updateChangeSchema,
  deleteChangeSchema,
  updateMetaChangeSchema,
]);
/** Any number of changes, as a whole plan's import or a file given to the CLI may hold. */
export const changeListSchema = z.array(changeSchema);
/** The changes of one call from the page. */
export const changeListPerCallSchema = changeListSchema.max(MAX_CHANGES_PER_CALL);

export type CreateChange = z.infer<typeof createChangeSchema>;
export type UpdateChange = z.infer<typeof updateChangeSchema>;
export type DeleteChange = z.infer<typeof deleteChangeSchema>;
export type UpdateMetaChange = z.infer<typeof updateMetaChangeSchema>;
export type Change = z.infer<typeof changeSchema>;

function generateId(): string {
  // crypto.randomUUID exists in every browser and in Node; shared code may not name either runtime's types.
  const cryptoObject = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (cryptoObject?.randomUUID === undefined) {
    throw new DraaiboekError('INTERNAL', 'no random UUID source in this runtime', { detail: 'randomUUID' });
  }
  return cryptoObject.randomUUID();
}

/** Stamps are taken only when a change really changes something, and one change shares one stamp. */
class LazyStamp {
  private stamp: Hlc | undefined;
  constructor(private readonly clock: SyncClock) {}
  get(): Hlc {
    this.stamp ??= this.clock.tick();
    return this.stamp;
  }
}

function applyCreate(draft: DocumentDraft, change: CreateChange, stamp: LazyStamp): void {
  const { collection } = change;
  for (const field of Object.keys(change.record)) assertFieldName(field, 'record');
  const input = hasOwn(change.record, 'id') ? change.record : { ...change.record, id: generateId() };
  const parsed = collectionSchemas[collection].safeParse(input);
  if (!parsed.success) throw schemaInvalid(parsed.error, { collection });
  const record = parsed.data as FlatRecord;
  if (draft.isTombstoned(collection, record.id)) {
    throw new DraaiboekError('RECORD_DELETED', `${collection}/${record.id} was deleted; ids are not reused`, {
      collection,
      id: record.id,
    });
  }
  if (draft.getRecord(collection, record.id) !== undefined) {
    throw new DraaiboekError('RECORD_EXISTS', `${collection}/${record.id} already exists`, {
      collection,
      id: record.id,
    });
  }
  draft.putRecord(collection, record);
  draft.stampFields(collection, record.id, fieldsOf(record), stamp.get(), true);
}

/** Every field of a record but its id: the id names the record and never changes, so it carries no stamp. */
function fieldsOf(record: object): string[] {
  return Object.keys(record).filter((field) => field !== 'id');
}

function findLiveRecord(draft: DocumentDraft, collection: CollectionName, id: string): FlatRecord {
  const record = draft.getRecord(collection, id);
  if (record !== undefined) return record;
  if (draft.isTombstoned(collection, id)) {
    throw new DraaiboekError('RECORD_DELETED', `${collection}/${id} was deleted`, { collection, id });
  }
  throw new DraaiboekError('RECORD_NOT_FOUND', `${collection}/${id} does not exist`, { collection, id });
}

/**
 * Changes usually pass `changeListSchema` at the edge; checking names here as well keeps a key like
 * `__proto__` from reaching an object assignment even when a caller skipped it.
 */
function assertFieldName(field: string, where: string): void {
  if (!fieldNameSchema.safeParse(field).success) {
    throw new DraaiboekError('SCHEMA_INVALID', `not a field name: ${JSON.stringify(field)}`, {
      path: `${where}.${field}`,
      detail: `not a field name: ${JSON.stringify(field)}`,
    });
  }
}

/** The record with `set` written over it and `unset` fields removed, before the schema has its say. */
function editedCopy(
  current: object,
  set: Record<string, unknown>,
  unset: readonly string[] | undefined,
): Record<string, unknown> {
  for (const field of Object.keys(set)) assertFieldName(field, 'set');
  const removed = new Set<string>();
  for (const [index, field] of (unset ?? []).entries()) {
    if (hasOwn(set, field) && set[field] !== undefined) {
      throw new DraaiboekError('SCHEMA_INVALID', `${field} is both set and unset`, { path: `unset.${index}`, detail: `${field} is both set and unset` });
    }
    removed.add(field);
  }
  for (const [field, value] of Object.entries(set)) if (value === undefined) removed.add(field);
  const edited: Record<string, unknown> = {};
  for (const [field, value] of Object.entries({ ...current, ...set })) {
    if (!removed.has(field)) edited[field] = value;
  }
  return edited;
}

/** The fields whose value differs between two versions of a record, a field present in only one included. */
function changedFields(before: object, after: object): string[] {
  const fields = new Set([...fieldsOf(before), ...fieldsOf(after)]);
  const beforeValues = before as Record<string, unknown>;
  const afterValues = after as Record<string, unknown>;
  return [...fields].filter(
    (field) =>
      !sameValue(
        hasOwn(before, field) ? beforeValues[field] : undefined,
        hasOwn(after, field) ? afterValues[field] : undefined,
      ),
  );
}

function applyUpdate(draft: DocumentDraft, change: UpdateChange, stamp: LazyStamp): void {
  const { collection, id } = change;
  const current = findLiveRecord(draft, collection, id);
  if ((hasOwn(change.set, 'id') && change.set['id'] !== id) || (change.unset ?? []).includes('id')) {
    throw new DraaiboekError('SCHEMA_INVALID', 'the id of a record cannot change', { collection, id, path: 'id', detail: 'the id of a record cannot change' });
  }
  const parsed = collectionSchemas[collection].safeParse(editedCopy(current, change.set, change.unset));
  if (!parsed.success) throw schemaInvalid(parsed.error, { collection, id });
  const next = parsed.data as FlatRecord;
  const changed = changedFields(current, next);
  if (changed.length === 0) return;
  draft.putRecord(collection, next);
  draft.stampFields(collection, id, changed, stamp.get());
}

function applyUpdateMeta(draft: DocumentDraft, change: UpdateMetaChange, stamp: LazyStamp): void {
  const current = draft.getMeta();
  const parsed = planMetaSchema.safeParse(editedCopy(current, change.set, change.unset));
  if (!parsed.success) throw schemaInvalid(parsed.error, { collection: 'meta' });
  const changed = changedFields(current, parsed.data);
  if (changed.length === 0) return;
  draft.putMeta(parsed.data);
  draft.stampFields('meta', META_RECORD_ID, changed, stamp.get());
}

function applyDelete(draft: DocumentDraft, change: DeleteChange, stamp: LazyStamp): void {
  findLiveRecord(draft, change.collection, change.id);
  draft.removeRecord(change.collection, change.id, stamp.get());
}

function applyOne(draft: DocumentDraft, change: Change, clock: SyncClock): void {
  const stamp = new LazyStamp(clock);
  switch (change.op) {
    case 'create':
      return applyCreate(draft, change, stamp);
    case 'update':
      return applyUpdate(draft, change, stamp);
    case 'delete':
      return applyDelete(draft, change, stamp);
    case 'updateMeta':
      return applyUpdateMeta(draft, change, stamp);
  }
}

/**
 * Applies a batch of edits and stamps what really changed. Pure: returns a new document and leaves `doc` as
 * it was. All or nothing: the first change that fails throws a DraaiboekError (with `changeIndex` in its
 * params) and no change of the batch takes effect.
 */
export function applyChanges(doc: PlanDocument, changes: readonly Change[], clock: SyncClock): PlanDocument {
  catchUpWith(clock, doc.sync.versionVector);
  const draft = new DocumentDraft(doc);
  for (const [changeIndex, change] of changes.entries()) {
    try {
      applyOne(draft, change, clock);
    } catch (error) {
      if (isDraaiboekError(error)) {
        throw DraaiboekError.withContext(error, { changeIndex });
      }
      throw error;
    }
  }
  return draft.finish();
}
