import type { CollectionName } from '../../../shared/plan/plan.js';

/** Where an option's label lives in the catalogs: `${prefix}.${value}`. Absent: the value is its own label. */
export type OptionPrefix =
  | 'ui.option.phoneKind'
  | 'ui.option.organisationKind'
  | 'ui.option.hosting'
  | 'ui.option.locationKind'
  | 'ui.option.criticality'
  | 'ui.option.phase'
  | 'ui.option.exerciseKind'
  | 'ui.option.channel'
  | 'ui.option.medium';

interface BaseSpec {
  /** The record's property; its label is `ui.field.<name>`. */
  readonly name: string;
  readonly required?: boolean;
}

/** How one property of a record is edited. The record's zod schema decides what is valid. */
export type FieldSpec =
  | (BaseSpec & { readonly kind: 'text' | 'textarea' | 'email' | 'phone' | 'date' | 'number' | 'boolean' | 'lines' | 'duration' })
  | (BaseSpec & { readonly kind: 'select'; readonly options: readonly string[]; readonly optionPrefix?: OptionPrefix })
  | (BaseSpec & { readonly kind: 'multiSelect'; readonly options: readonly string[]; readonly optionPrefix?: OptionPrefix })
  | (BaseSpec & { readonly kind: 'reference'; readonly collection: CollectionName })
  | (BaseSpec & { readonly kind: 'references'; readonly collection: CollectionName })
  | (BaseSpec & {
      readonly kind: 'objects';
      readonly fields: readonly FieldSpec[];
      readonly newItem: () => Record<string, unknown>;
      /** Order matters (action steps): items can be moved up and down. */
      readonly ordered?: boolean;
    });
