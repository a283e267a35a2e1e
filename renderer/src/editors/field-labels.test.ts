import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../shared/i18n/index.js';
import { allFieldNames, fieldSpecs } from './field-specs.js';
import type { FieldSpec } from './field-spec.js';

describe('editor texts', () => {
  it('label every field of every editor, in Dutch and English', () => {
    for (const name of allFieldNames()) {
      expect(catalogs.nl, name).toHaveProperty([`ui.field.${name}`]);
      expect(catalogs.en, name).toHaveProperty([`ui.field.${name}`]);
    }
  });

  it('label every option of every choice', () => {
    const visit = (specs: readonly FieldSpec[]) => {
      for (const spec of specs) {
        if ((spec.kind === 'select' || spec.kind === 'multiSelect') && spec.optionLabels !== undefined) {
          for (const option of spec.options) {
            const key = spec.optionLabels[option] ?? `missing label for ${option}`;
            expect(catalogs.nl, option).toHaveProperty([key]);
            expect(catalogs.en, option).toHaveProperty([key]);
          }
        }
        if (spec.kind === 'objects') visit(spec.fields);
      }
    };
    for (const specs of Object.values(fieldSpecs)) visit(specs);
  });
});
