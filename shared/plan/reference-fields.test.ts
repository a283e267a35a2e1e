import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ID_PATTERN, idSchema } from './primitives.js';
import { referenceRegistry } from './ref.js';
import { recordSchemas, referenceFields } from './reference-fields.js';
import { schemaLeaves } from './schema-walk.js';

function isIdSchema(schema: z.core.$ZodType): boolean {
  if (schema === idSchema) return true;
  const checks = (schema._zod.def as { checks?: { _zod: { def: { format?: string; pattern?: RegExp } } }[] }).checks ?? [];
  return checks.some((check) => check._zod.def.format === 'regex' && check._zod.def.pattern?.source === ID_PATTERN.source);
}

describe('references declared in the schema', () => {
  it('every id field other than a record’s own id is declared with the collection it names', () => {
    const undeclared: string[] = [];
    let idFields = 0;
    for (const [collection, schema] of Object.entries(recordSchemas)) {
      for (const leaf of schemaLeaves(schema)) {
        if (!isIdSchema(leaf.schema) || leaf.path.join('.') === 'id') continue;
        idFields += 1;
        if (!referenceRegistry.has(leaf.schema)) undeclared.push(`${collection}.${leaf.path.join('.')}`);
      }
    }
    expect(undeclared).toEqual([]);
    expect(idFields).toBe(referenceFields.length);
  });

  it('reads nested and listed references with their paths and targets', () => {
    const byName = new Map(referenceFields.map((field) => [`${field.collection}.${field.field}`, field]));
    expect(byName.get('scenarios.steps.ownerRoleId')).toMatchObject({ target: 'roles', many: false, path: ['steps', 'ownerRoleId'] });
    expect(byName.get('roles.deputyPersonIds')).toMatchObject({ target: 'people', many: true });
    expect(byName.get('meta.distribution.personId')).toMatchObject({ target: 'people', many: false });
    expect(byName.get('callTree.personId')).toMatchObject({ target: 'people', many: false });
    expect(byName.has('people.id')).toBe(false);
  });

  it('reads a reference whose collection is named beside it from the same declarations', () => {
    const concerns = referenceFields.find((field) => field.collection === 'improvementActions' && field.field === 'concerns.id');
    expect(concerns).toMatchObject({ path: ['concerns', 'id'], many: false, target: { namedBy: 'collection' } });
  });
});
