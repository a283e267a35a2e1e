import { planMetaSchema } from './meta.js';
import { collectionSchemas, type CollectionName, type PlanContent, type StampedCollection } from './plan.js';
import { referenceRegistry } from './ref.js';
import { schemaLeaves } from './schema-walk.js';

/** A property of a record that names records of another collection, as the schema declares it with `ref`. */
export interface ReferenceField {
  readonly collection: StampedCollection;
  /** Property names from the record down: `['deputyPersonIds']`, `['steps', 'ownerRoleId']`. */
  readonly path: readonly string[];
  /** The path as one dotted name, as health gaps and editors name it. */
  readonly field: string;
  readonly target: CollectionName;
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

function idsAt(value: unknown, path: readonly string[]): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => idsAt(item, path));
  if (path.length === 0) return typeof value === 'string' ? [value] : [];
  if (typeof value !== 'object' || value === null) return [];
  const [head, ...rest] = path;
  if (head === undefined || !Object.hasOwn(value, head)) return [];
  return idsAt((value as Record<string, unknown>)[head], rest);
}

/** The ids one record names through one reference field, in order. */
export function referencedIds(record: object, field: ReferenceField): string[] {
  return idsAt(record, field.path);
}

function renameAt(value: unknown, path: readonly string[], rename: (id: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => renameAt(item, path, rename));
  if (path.length === 0) return typeof value === 'string' ? rename(value) : value;
  if (typeof value !== 'object' || value === null) return value;
  const [head, ...rest] = path;
  if (head === undefined || !Object.hasOwn(value, head)) return value;
  const record = value as Record<string, unknown>;
  return { ...record, [head]: renameAt(record[head], rest, rename) };
}

/**
 * The plan with every reference renamed by `rename(target, id)`: only the declared id fields change, never free
 * text that happens to read like an id, and an id only within the collection it names.
 */
export function renameReferences(content: PlanContent, rename: (target: CollectionName, id: string) => string): PlanContent {
  let meta: object = content.meta;
  const collections: Partial<Record<CollectionName, object[]>> = {};
  for (const field of referenceFields) {
    const renameId = (id: string) => rename(field.target, id);
    if (field.collection === 'meta') {
      meta = renameAt(meta, field.path, renameId) as object;
      continue;
    }
    const records = collections[field.collection] ?? [...content[field.collection]];
    collections[field.collection] = records.map((record) => renameAt(record, field.path, renameId) as object);
  }
  return { ...content, ...collections, meta } as PlanContent;
}
