import { describe, expect, it } from 'vitest';
import { copyEntrySchema } from '../../main/core/copies/copies-register.js';
import { contactsImportPreviewSchema } from '../../main/core/contacts/contacts-types.js';
import { contactsPreviewSchema } from '../contacts-contract.js';
import { copyRecordSchema, printableRequestSchema, wordRequestSchema } from '../documents-contract.js';
import { syncKitRequestSchema } from '../sync-contract.js';
import { audiences, contactsFormats } from './vocabularies.js';

/** The values a schema's enum field accepts, read from the schema itself. */
function enumValues(schema: unknown): readonly string[] {
  let current = schema as { unwrap?: () => unknown; options?: readonly string[] };
  while (current.options === undefined && current.unwrap !== undefined) current = current.unwrap() as typeof current;
  return current.options ?? [];
}

describe('one value list per vocabulary', () => {
  it('every contract that names an audience or a contacts format accepts exactly the shared list', () => {
    for (const schema of [printableRequestSchema, wordRequestSchema, copyRecordSchema, copyEntrySchema, syncKitRequestSchema]) {
      expect(enumValues(schema.shape.audience)).toEqual(audiences);
    }
    expect(enumValues(contactsPreviewSchema.shape.format)).toEqual(contactsFormats);
    expect(enumValues(contactsImportPreviewSchema.shape.format)).toEqual(contactsFormats);
  });
});
