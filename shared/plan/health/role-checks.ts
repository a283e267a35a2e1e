import type { PlanContent } from '../plan.js';
import { healthGap, type HealthGap } from './health-codes.js';

/** Without a primary holder, nobody is expected to take the role when the plan is activated. */
export function checkRoleWithoutPrimary(content: PlanContent): HealthGap[] {
  return content.roles
    .filter((role) => role.primaryPersonId === undefined)
    .map((role) => healthGap('roleWithoutPrimary', 'roles', role.id, { role: role.name }));
}

/** A role held by one person fails the day that person is ill or unreachable. */
export function checkRoleWithoutDeputy(content: PlanContent): HealthGap[] {
  return content.roles
    .filter((role) => role.deputyPersonIds.length === 0)
    .map((role) => healthGap('roleWithoutDeputy', 'roles', role.id, { role: role.name }));
}
