import type { z } from 'zod';

/** One leaf of a record schema: a property path through objects and arrays, and the schema found there. */
export interface SchemaLeaf {
  /** Property names from the record down, e.g. `['steps', 'ownerRoleId']`. */
  readonly path: readonly string[];
  readonly schema: z.core.$ZodType;
  /** True when the leaf itself is a list (an id array), not one value. */
  readonly many: boolean;
}

const wrappers = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'nonoptional', 'catch']);

function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: z.core.$ZodType };
    if (!wrappers.has(def.type) || def.innerType === undefined) return current;
    current = def.innerType;
  }
}

/** Every leaf of an object schema, through nested objects and arrays of objects. */
export function schemaLeaves(schema: z.core.$ZodType, path: readonly string[] = []): SchemaLeaf[] {
  const inner = unwrap(schema);
  const def = inner._zod.def as { type: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType };
  if (def.type === 'object' && def.shape !== undefined) {
    return Object.entries(def.shape).flatMap(([name, field]) => schemaLeaves(field, [...path, name]));
  }
  if (def.type === 'array' && def.element !== undefined) {
    const element = unwrap(def.element);
    if ((element._zod.def as { type: string }).type === 'object') return schemaLeaves(element, path);
    return [{ path, schema: element, many: true }];
  }
  return [{ path, schema: inner, many: false }];
}
