import type { FieldSpec } from '../field-spec.js';

export interface FieldProps<S extends FieldSpec = FieldSpec> {
  readonly spec: S;
  readonly value: unknown;
  readonly onChange: (value: unknown) => void;
  /** Path of this field in the record, for its id and for finding its error. */
  readonly path: string;
  readonly errors: ReadonlyMap<string, string>;
}

export function inputIdOf(path: string): string {
  return `field-${path.replace(/\./g, '-')}`;
}
