import type { PlanContent } from '../../../shared/plan/plan.js';

/** Names of the records the UI refers to by id, built once per revision. */
export interface RecordNames {
  readonly people: ReadonlyMap<string, string>;
  readonly roles: ReadonlyMap<string, string>;
  readonly organisations: ReadonlyMap<string, string>;
  readonly applications: ReadonlyMap<string, string>;
  readonly locations: ReadonlyMap<string, string>;
  readonly processes: ReadonlyMap<string, string>;
  readonly scenarios: ReadonlyMap<string, string>;
  readonly exercises: ReadonlyMap<string, string>;
}

export function recordNamesOf(content: PlanContent): RecordNames {
  const names = (records: readonly { id: string; name: string }[]) => new Map(records.map((record) => [record.id, record.name]));
  return {
    people: names(content.people),
    roles: names(content.roles),
    organisations: names(content.organisations),
    applications: names(content.applications),
    locations: names(content.locations),
    processes: names(content.processes),
    scenarios: names(content.scenarios),
    exercises: new Map(content.exercises.map((exercise) => [exercise.id, exercise.title])),
  };
}
