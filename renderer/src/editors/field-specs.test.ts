import { describe, expect, it } from 'vitest';
import { referenceFields } from '../../../shared/plan/reference-fields.js';
import type { FieldSpec } from './field-spec.js';
import { fieldSpecs, recordedNotEdited } from './field-specs.js';

function referenceSpecs(specs: readonly FieldSpec[], prefix = ''): string[] {
  return specs.flatMap((spec) => {
    const path = `${prefix}${spec.name}`;
    if (spec.kind === 'objects') return referenceSpecs(spec.fields, `${path}.`);
    if (spec.kind === 'reference' || spec.kind === 'references') return [`${path} -> ${spec.collection}${spec.kind === 'references' ? '[]' : ''}`];
    return [];
  });
}

describe('editor reference fields', () => {
  it('are exactly the reference fields the schema declares, each picking from the collection it names', () => {
    const edited = Object.entries(fieldSpecs).flatMap(([owner, specs]) => referenceSpecs(specs).map((line) => `${owner}.${line}`));
    const declared = referenceFields
      .filter((field) => !recordedNotEdited.some((path) => `${field.collection}.${field.field}`.startsWith(`${path}.`)))
      .map((field) => `${field.collection}.${field.field} -> ${field.target}${field.many ? '[]' : ''}`);
    expect(edited.sort()).toEqual(declared.sort());
  });
});
