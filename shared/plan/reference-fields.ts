import { planMetaSchema } from './meta.js';
import { collectionNames, collectionSchemas, type CollectionName, type PlanContent, type StampedCollection } from './plan.js';
import { referenceRegistry } from './ref.js';
import { schemaLeaves } from './schema-walk.js';

/** A property of a record that names records of another collection, as the schema declares it with `ref`. */
export interface ReferenceField {
  readonly collection: StampedCollection;
  /** Property names from the record down: `['deputyPersonIds']`, `['steps', 'ownerRoleId']`. */
  readonly path: readonly string[];
  /** The path as one dotted name, as health gaps and editors name it. */
  readonly field: string;
  /**
   * The collection the ids name; or, for a reference that may name any collection (`{ collection, id }`), the
   * property beside the id that names it.
   */
  readonly target: CollectionName | { readonly namedBy: string };
  /** True for an id list, false for one id. */
  readonly many: boolean;
}

export const recordSchemas = { meta: planMetaSchema, ...collectionSchemas } as const;

/** Every declared reference field of the plan, read from the schema once. */
export const referenceFields: readonly ReferenceField[] = (Object.keys(recordSchemas) as StampedCollection[]).flatMap(
  (collection) =>
    schemaLeaves(recordSchemas[collection]).flatMap((leaf) => {
      const declared = referenceRegistry.get(leaf.schema);
      if (declared === undefined) return [];
      return [{ collection, path: leaf.path, field: leaf.path.join('.'), target: declared.target, many: leaf.many }];
    }),
);

/** The declared reference field `field` (dotted) of `collection`, or undefined when it is no reference. */
export function referenceField(collection: StampedCollection, field: string): ReferenceField | undefined {
  return referenceFields.find((candidate) => candidate.collection === collection && candidate.field === field);
}

/** The records of a collection, the plan's own details as its one `meta` record. */
export function recordsOf(content: PlanContent, collection: StampedCollection): readonly object[] {
  return collection === 'meta' ? [content.meta] : content[collection];
}

/** One record named through a reference field: the collection it must be in, and its id. */
export interface NamedRecord {
  readonly target: CollectionName;
  readonly id: string;
}

const collectionNameSet: ReadonlySet<string> = new Set(collectionNames);

/** What the reference at `holder[key]` names, `holder` being the object that holds the id. */
function namedAt(holder: Record<string, unknown>, key: string, field: ReferenceField): NamedRecord[] {
  const value = holder[key];
  const target = typeof field.target === 'string' ? field.target : holder[field.target.namedBy];
  if (typeof target !== 'string' || !collectionNameSet.has(target)) return [];
  const ids = Array.isArray(value) ? value : [value];
  return ids.filter((id): id is string => typeof id === 'string').map((id) => ({ target: target as CollectionName, id }));
}

function namedRecordsAt(value: unknown, path: readonly string[], field: ReferenceField): NamedRecord[] {
  if (Array.isArray(value)) return value.flatMap((item) => namedRecordsAt(item, path, field));
  if (typeof value !== 'object' || value === null) return [];
  const [head, ...rest] = path;
  if (head === undefined || !Object.hasOwn(value, head)) return [];
  const holder = value as Record<string, unknown>;
  return rest.length === 0 ? namedAt(holder, head, field) : namedRecordsAt(holder[head], rest, field);
}

/** The records one record names through one reference field, in order, each with the collection it is in. */
export function referencedRecords(record: object, field: ReferenceField): NamedRecord[] {
  return namedRecordsAt(record, field.path, field);
}

function renameAt(value: unknown, path: readonly string[], field: ReferenceField, rename: (target: CollectionName, id: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => renameAt(item, path, field, rename));
  if (typeof value !== 'object' || value === null) return value;
  const [head, ...rest] = path;
  if (head === undefined || !Object.hasOwn(value, head)) return value;
  const holder = value as Record<string, unknown>;
  if (rest.length > 0) return { ...holder, [head]: renameAt(holder[head], rest, field, rename) };
  const target = typeof field.target === 'string' ? field.target : holder[field.target.namedBy];
  if (typeof target !== 'string' || !collectionNameSet.has(target)) return value;
  const renameId = (id: unknown) => (typeof id === 'string' ? rename(target as CollectionName, id) : id);
  const ids = holder[head];
  return { ...holder, [head]: Array.isArray(ids) ? ids.map(renameId) : renameId(ids) };
}

/**
 * The plan with every reference renamed by `rename(target, id)`: only the declared id fields change, never free
 * text that happens to read like an id, and an id only within the collection it names (for a reference that
 * names its collection beside it, the collection it names there).
 */
export function renameReferences(content: PlanContent, rename: (target: CollectionName, id: string) => string): PlanContent {
  let meta: object = content.meta;
  const collections: Partial<Record<CollectionName, object[]>> = {};
  for (const field of referenceFields) {
    if (field.collection === 'meta') {
      meta = renameAt(meta, field.path, field, rename) as object;
      continue;
    }
    const records = collections[field.collection] ?? [...content[field.collection]];
    collections[field.collection] = records.map((record) => renameAt(record, field.path, field, rename) as object);
  }
  return { ...content, ...collections, meta } as PlanContent;
}
