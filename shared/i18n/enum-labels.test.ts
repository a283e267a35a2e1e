import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { planContentSchema } from '../plan/plan.js';
import { baseRegisters } from '../plan/entities.js';
import { enumLabels } from './enum-labels.js';
import { catalogs } from './index.js';

interface Def {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly element?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly entries?: Record<string, string>;
  readonly in?: z.ZodType;
  readonly out?: z.ZodType;
  readonly valueType?: z.ZodType;
}

/** Every enum anywhere in a schema, as its list of values, with the path where it was found. */
function enumsIn(schema: z.ZodType, path: string, found: Map<string, readonly string[]>, seen = new Set<z.ZodType>()): void {
  if (seen.has(schema)) return;
  seen.add(schema);
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  if (def.type === 'enum' && def.entries !== undefined) found.set(path, Object.values(def.entries));
  for (const [name, child] of Object.entries(def.shape ?? {})) enumsIn(child, `${path}.${name}`, found, seen);
  for (const child of [def.element, def.innerType, def.in, def.out, def.valueType, ...(def.options ?? [])]) {
    if (child !== undefined) enumsIn(child, path, found, seen);
  }
}

// The base registers are names (BRP, BAG), the same in both languages: shown as they are.
const shownAsNames = new Set<string>(baseRegisters);

describe('one label set per enum', () => {
  const found = new Map<string, readonly string[]>();
  enumsIn(planContentSchema, 'plan', found);

  it('finds the enums of the plan schema', () => {
    expect(found.size).toBeGreaterThanOrEqual(9);
  });

  it('labels every value of every enum of the plan schema, in Dutch and English', () => {
    const sets = Object.values(enumLabels) as Readonly<Record<string, string>>[];
    for (const [path, values] of found) {
      if (values.every((value) => shownAsNames.has(value))) continue;
      const set = sets.find((candidate) => values.every((value) => value in candidate));
      expect(set, `${path}: ${values.join(', ')}`).toBeDefined();
      for (const value of values) {
        const key = set?.[value] ?? '';
        expect(catalogs.nl, `${path} ${value}`).toHaveProperty([key]);
        expect(catalogs.en, `${path} ${value}`).toHaveProperty([key]);
        expect(catalogs.nl[key as keyof typeof catalogs.nl], `${path} ${value}`).not.toBe(value);
      }
    }
  });

  it('gives each set its own keys, so screens and documents read one text', () => {
    for (const [name, set] of Object.entries(enumLabels)) {
      const keys = Object.values(set as Readonly<Record<string, string>>);
      expect(new Set(keys).size, name).toBe(keys.length);
    }
  });
});
