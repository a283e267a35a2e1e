import { describe, expect, it } from 'vitest';
import { checkDanglingReferences } from './reference-checks.js';
import { at, healthyPlan } from './test-support/test-plan.js';

describe('dangling references', () => {
  it('finds none in a plan whose ids all exist', () => {
    expect(checkDanglingReferences(healthyPlan())).toEqual([]);
  });

  it('reports a deputy who is not in the plan', () => {
    const plan = healthyPlan();
    at(plan.roles, 0).deputyPersonIds = ['p-secretaris', 'p-vertrokken'];
    expect(checkDanglingReferences(plan)).toEqual([
      {
        code: 'danglingReference',
        severity: 'critical',
        collection: 'roles',
        recordId: 'rol-voorzitter',
        params: { record: 'Voorzitter GBT', field: 'deputyPersonIds', missingId: 'p-vertrokken' },
      },
    ]);
  });

  it('covers every kind of reference the plan holds', () => {
    const plan = healthyPlan();
    plan.meta.ownerPersonId = 'x-meta-owner';
    at(plan.people, 0).organisationId = 'x-org';
    at(plan.roles, 0).primaryPersonId = 'x-primary';
    plan.callTree.push({
      id: 'bel-3',
      personId: 'x-called',
      callerPersonId: 'x-caller',
      backupCallerPersonId: 'x-backup',
      order: 0,
    });
    at(plan.applications, 0).supplierId = 'x-supplier';
    Object.assign(at(plan.processes, 0), {
      applicationIds: ['x-app'],
      supplierIds: ['x-proc-supplier'],
      roleIds: ['x-role'],
      locationIds: ['x-location'],
    });
    Object.assign(at(plan.scenarios, 0), {
      activatedByRoleIds: ['x-activator'],
      steps: [{ text: 'Bellen', ownerRoleId: 'x-step-owner', phase: 'first-hour' }],
      unavailableApplicationIds: ['x-down-app'],
      unavailableSupplierIds: ['x-down-supplier'],
      unavailableLocationIds: ['x-down-location'],
      unavailableRoleIds: ['x-down-role'],
    });
    plan.exercises.push({
      id: 'oef-1',
      title: 'Belboomoefening',
      date: '2026-03-01',
      kind: 'call-tree',
      status: 'held',
      scenarioIds: ['x-scenario'],
      processIds: [],
      applicationIds: [],
      locationIds: [],
      roleIds: [],
      participantPersonIds: ['x-participant'],
      findings: [],
    });
    const missing = checkDanglingReferences(plan).map(
      (gap) => `${gap.collection}:${gap.params.field}:${gap.params.missingId}`,
    );
    expect(missing.sort()).toEqual(
      [
        'meta:ownerPersonId:x-meta-owner',
        'people:organisationId:x-org',
        'roles:primaryPersonId:x-primary',
        'callTree:personId:x-called',
        'callTree:callerPersonId:x-caller',
        'callTree:backupCallerPersonId:x-backup',
        'applications:supplierId:x-supplier',
        'processes:applicationIds:x-app',
        'processes:supplierIds:x-proc-supplier',
        'processes:roleIds:x-role',
        'processes:locationIds:x-location',
        'scenarios:activatedByRoleIds:x-activator',
        'scenarios:steps.ownerRoleId:x-step-owner',
        'scenarios:unavailableApplicationIds:x-down-app',
        'scenarios:unavailableSupplierIds:x-down-supplier',
        'scenarios:unavailableLocationIds:x-down-location',
        'scenarios:unavailableRoleIds:x-down-role',
        'exercises:scenarioIds:x-scenario',
        'exercises:participantPersonIds:x-participant',
      ].sort(),
    );
  });

  it('checks what an improvement action concerns in the collection it names beside the id', () => {
    const plan = healthyPlan();
    const process = at(plan.processes, 0);
    plan.improvementActions.push({
      id: 'actie-1',
      text: 'Uitwijk oefenen',
      status: 'open',
      concerns: [
        { collection: 'processes', id: process.id },
        { collection: 'processes', id: 'x-weg-proces' },
        // An id of another collection is as broken as a missing one.
        { collection: 'applications', id: process.id },
      ],
    });
    expect(checkDanglingReferences(plan)).toEqual(
      ['x-weg-proces', process.id].map((missingId) => ({
        code: 'danglingReference',
        severity: 'critical',
        collection: 'improvementActions',
        recordId: 'actie-1',
        params: { record: 'Uitwijk oefenen', field: 'concerns.id', missingId },
      })),
    );
  });

  it('does not accept an id that exists in another collection', () => {
    const plan = healthyPlan();
    // A person id where an application id belongs is as broken as a missing one.
    at(plan.processes, 0).applicationIds = ['p-burgemeester'];
    expect(checkDanglingReferences(plan).map((gap) => gap.params.missingId)).toEqual(['p-burgemeester']);
  });

  it('reports a repeated missing id once', () => {
    const plan = healthyPlan();
    at(plan.processes, 0).locationIds = ['x-weg', 'x-weg'];
    expect(checkDanglingReferences(plan)).toHaveLength(1);
  });
});
