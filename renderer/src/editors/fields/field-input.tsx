import { BooleanField } from './boolean-field.js';
import { DateField } from './date-field.js';
import { DurationField } from './duration-field.js';
import type { FieldProps } from './field-props.js';
import { LinesField } from './lines-field.js';
import { MultiSelectField } from './multi-select-field.js';
import { ObjectsField } from './objects-field.js';
import { PhoneField } from './phone-field.js';
import { ReferenceField } from './reference-field.js';
import { ReferencesField } from './references-field.js';
import { SelectField } from './select-field.js';
import { TextField } from './text-field.js';

/** The input for one field spec. */
export function FieldInput(props: FieldProps) {
  const { spec } = props;
  switch (spec.kind) {
    case 'phone':
      return <PhoneField {...props} />;
    case 'boolean':
      return <BooleanField {...props} />;
    case 'lines':
      return <LinesField {...props} />;
    case 'date':
      return <DateField {...props} />;
    case 'duration':
      return <DurationField {...props} />;
    case 'select':
      return <SelectField {...props} spec={spec} />;
    case 'multiSelect':
      return <MultiSelectField {...props} spec={spec} />;
    case 'reference':
      return <ReferenceField {...props} spec={spec} />;
    case 'references':
      return <ReferencesField {...props} spec={spec} />;
    case 'objects':
      return <ObjectsField {...props} spec={spec} />;
    default:
      return <TextField {...props} />;
  }
}
