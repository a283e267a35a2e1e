import { z } from 'zod';
import { idSchema } from './primitives.js';

/**
 * The collections a reference may name. Written out rather than taken from `collectionSchemas`, whose fields
 * are built with `ref`; plan.ts checks at compile time that each is a collection.
 */
export const referenceTargets = [
  'people',
  'roles',
  'callTree',
  'organisations',
  'applications',
  'locations',
  'processes',
  'scenarios',
  'exercises',
  'improvementActions',
  'approvals',
] as const;
export type ReferenceTarget = (typeof referenceTargets)[number];

/**
 * What the schema says about an id field that names another record: the collection that record lives in,
 * either fixed or (a reference that may name a record of any collection) read from a property beside the id.
 */
export interface ReferenceMeta {
  readonly target: ReferenceTarget | { readonly namedBy: string };
}

/** Every reference field of the plan schema, registered by `ref`; the reference walk reads it back. */
export const referenceRegistry = z.registry<ReferenceMeta>();

/**
 * The schema of an id that names a record of `target`. The same id schema as any other, so types stay plain
 * strings; the declaration lives beside it in the registry, and every rule about references is derived from it.
 */
export function ref(target: ReferenceTarget): typeof idSchema {
  return idSchema.clone().register(referenceRegistry, { target });
}

/**
 * The schema of an id that names a record of the collection given by its sibling property `namedBy`
 * (`{ collection, id }`): declared like any other reference, so the same rules cover it.
 */
export function refNamedBy(namedBy: string): typeof idSchema {
  return idSchema.clone().register(referenceRegistry, { target: { namedBy } });
}
