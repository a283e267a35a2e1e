import { META_RECORD_ID, type CollectionName, type PlanContent, type StampedCollection } from '../plan.js';

/** One id that a record names: where it sits (`field`) and which collection it must exist in. */
export interface Reference {
  readonly collection: StampedCollection;
  readonly recordId: string;
  /** The name a coordinator knows the referring record by. */
  readonly recordName: string;
  /** The property path, e.g. `deputyPersonIds` or `steps.ownerRoleId`. */
  readonly field: string;
  readonly target: CollectionName;
  readonly id: string;
}

type Owner = Pick<Reference, 'collection' | 'recordId' | 'recordName'>;

function refs(owner: Owner, field: string, target: CollectionName, ids: string | readonly string[] | undefined) {
  if (ids === undefined) return [];
  const list = typeof ids === 'string' ? [ids] : ids;
  return list.map((id): Reference => ({ ...owner, field, target, id }));
}

/**
 * Every id field and id array of the plan, in one list. Kept beside the schema's shape so a new reference field
 * is added here once and both the health check and anyone else walking references see it.
 */
export function collectReferences(content: PlanContent): Reference[] {
  const out: Reference[] = [];
  const personNames = new Map(content.people.map((person) => [person.id, person.name]));

  const meta: Owner = { collection: 'meta', recordId: META_RECORD_ID, recordName: content.meta.title };
  out.push(...refs(meta, 'ownerPersonId', 'people', content.meta.ownerPersonId));
  for (const entry of content.meta.distribution) {
    out.push(...refs(meta, 'distribution.personId', 'people', entry.personId));
  }

  for (const person of content.people) {
    const owner: Owner = { collection: 'people', recordId: person.id, recordName: person.name };
    out.push(...refs(owner, 'organisationId', 'organisations', person.organisationId));
  }
  for (const role of content.roles) {
    const owner: Owner = { collection: 'roles', recordId: role.id, recordName: role.name };
    out.push(...refs(owner, 'primaryPersonId', 'people', role.primaryPersonId));
    out.push(...refs(owner, 'deputyPersonIds', 'people', role.deputyPersonIds));
  }
  for (const entry of content.callTree) {
    const recordName = personNames.get(entry.personId) ?? entry.personId;
    const owner: Owner = { collection: 'callTree', recordId: entry.id, recordName };
    out.push(...refs(owner, 'personId', 'people', entry.personId));
    out.push(...refs(owner, 'callerPersonId', 'people', entry.callerPersonId));
    out.push(...refs(owner, 'backupCallerPersonId', 'people', entry.backupCallerPersonId));
  }
  for (const application of content.applications) {
    const owner: Owner = { collection: 'applications', recordId: application.id, recordName: application.name };
    out.push(...refs(owner, 'supplierId', 'organisations', application.supplierId));
    out.push(...refs(owner, 'ownerRoleId', 'roles', application.ownerRoleId));
  }
  for (const process of content.processes) {
    const owner: Owner = { collection: 'processes', recordId: process.id, recordName: process.name };
    out.push(...refs(owner, 'ownerRoleId', 'roles', process.ownerRoleId));
    out.push(...refs(owner, 'ownerPersonId', 'people', process.ownerPersonId));
    out.push(...refs(owner, 'applicationIds', 'applications', process.applicationIds));
    out.push(...refs(owner, 'supplierIds', 'organisations', process.supplierIds));
    out.push(...refs(owner, 'roleIds', 'roles', process.roleIds));
    out.push(...refs(owner, 'locationIds', 'locations', process.locationIds));
  }
  for (const scenario of content.scenarios) {
    const owner: Owner = { collection: 'scenarios', recordId: scenario.id, recordName: scenario.name };
    out.push(...refs(owner, 'activatedByRoleIds', 'roles', scenario.activatedByRoleIds));
    for (const step of scenario.steps) out.push(...refs(owner, 'steps.ownerRoleId', 'roles', step.ownerRoleId));
    out.push(...refs(owner, 'unavailableApplicationIds', 'applications', scenario.unavailableApplicationIds));
    out.push(...refs(owner, 'unavailableSupplierIds', 'organisations', scenario.unavailableSupplierIds));
    out.push(...refs(owner, 'unavailableLocationIds', 'locations', scenario.unavailableLocationIds));
    out.push(...refs(owner, 'unavailableRoleIds', 'roles', scenario.unavailableRoleIds));
  }
  for (const exercise of content.exercises) {
    const owner: Owner = { collection: 'exercises', recordId: exercise.id, recordName: exercise.title };
    out.push(...refs(owner, 'scenarioId', 'scenarios', exercise.scenarioId));
    out.push(...refs(owner, 'participantPersonIds', 'people', exercise.participantPersonIds));
    for (const action of exercise.actions) {
      out.push(...refs(owner, 'actions.ownerPersonId', 'people', action.ownerPersonId));
    }
  }
  return out;
}
