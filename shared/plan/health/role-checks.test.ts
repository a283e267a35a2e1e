import { describe, expect, it } from 'vitest';
import { checkRoleWithoutDeputy, checkRoleWithoutPrimary } from './role-checks.js';
import { at, healthyPlan } from './test-support/test-plan.js';

describe('role checks', () => {
  it('reports a role without a primary holder, and not one with', () => {
    const plan = healthyPlan();
    expect(checkRoleWithoutPrimary(plan)).toEqual([]);
    delete at(plan.roles, 0).primaryPersonId;
    expect(checkRoleWithoutPrimary(plan)).toEqual([
      {
        code: 'roleWithoutPrimary',
        severity: 'critical',
        collection: 'roles',
        recordId: 'rol-voorzitter',
        params: { role: 'Voorzitter GBT' },
      },
    ]);
  });

  it('reports a role without a deputy, and not one with', () => {
    const plan = healthyPlan();
    expect(checkRoleWithoutDeputy(plan)).toEqual([]);
    at(plan.roles, 0).deputyPersonIds = [];
    expect(checkRoleWithoutDeputy(plan)).toEqual([
      {
        code: 'roleWithoutDeputy',
        severity: 'warning',
        collection: 'roles',
        recordId: 'rol-voorzitter',
        params: { role: 'Voorzitter GBT' },
      },
    ]);
  });
});
