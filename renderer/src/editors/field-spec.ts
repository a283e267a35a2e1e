import type { PlainMessageKey, Translate } from '../../../shared/i18n/index.js';
import type { CollectionName } from '../../../shared/plan/plan.js';

/** Each option's label (one set per enum, `shared/i18n/enum-labels.ts`). Absent: the value is its own label. */
export type OptionLabels = Readonly<Record<string, PlainMessageKey>>;

interface BaseSpec {
  /** The record's property; its label is `ui.field.<name>`. */
  readonly name: string;
  readonly required?: boolean;
}

/** How one property of a record is edited. The record's zod schema decides what is valid. */
export type FieldSpec =
  | (BaseSpec & { readonly kind: 'text' | 'textarea' | 'email' | 'phone' | 'date' | 'number' | 'boolean' | 'lines' | 'duration' })
  | (BaseSpec & { readonly kind: 'select'; readonly options: readonly string[]; readonly optionLabels?: OptionLabels })
  | (BaseSpec & { readonly kind: 'multiSelect'; readonly options: readonly string[]; readonly optionLabels?: OptionLabels })
  | (BaseSpec & { readonly kind: 'reference'; readonly collection: CollectionName })
  | (BaseSpec & { readonly kind: 'references'; readonly collection: CollectionName })
  | (BaseSpec & {
      readonly kind: 'objects';
      readonly fields: readonly FieldSpec[];
      readonly newItem: () => Record<string, unknown>;
      /** Order matters (action steps): items can be moved up and down. */
      readonly ordered?: boolean;
    });

/** An option as the user reads it: its label, or the value itself where the values are names (BRP, BAG). */
export function optionLabel(t: Translate, labels: OptionLabels | undefined, option: string): string {
  const key = labels?.[option];
  return key === undefined ? option : t(key);
}
