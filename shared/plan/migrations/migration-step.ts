/**
 * One upgrade of the signed part of `plan.json` by exactly one format version. `migrate` receives its own copy
 * of the data, may change it in place, and returns the upgraded object with `specVersion` set to `to`.
 */
export interface MigrationStep {
  readonly from: number;
  readonly to: number;
  migrate(signed: unknown): unknown;
}
