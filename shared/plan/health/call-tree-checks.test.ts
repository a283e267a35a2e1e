import { describe, expect, it } from 'vitest';
import { checkCallTreeCycles, checkRolePersonNotInCallTree } from './call-tree-checks.js';
import { at, healthyPlan } from './test-support/test-plan.js';

describe('call tree checks', () => {
  it('reports people who call each other in a ring', () => {
    const plan = healthyPlan();
    expect(checkCallTreeCycles(plan)).toEqual([]);
    at(plan.callTree, 0).callerPersonId = 'p-secretaris';
    expect(checkCallTreeCycles(plan)).toEqual([
      {
        code: 'callTreeCycle',
        severity: 'critical',
        collection: 'callTree',
        recordId: 'bel-1',
        params: { people: 'Anna de Vries, Bram Jansen' },
      },
    ]);
  });

  it('reports a person who is their own caller', () => {
    const plan = healthyPlan();
    at(plan.callTree, 1).callerPersonId = 'p-secretaris';
    expect(checkCallTreeCycles(plan).map((gap) => gap.recordId)).toEqual(['bel-2']);
  });

  it('reports each separate ring once, at its first entry', () => {
    const plan = healthyPlan();
    plan.callTree.push(
      { id: 'bel-9', personId: 'p-c', callerPersonId: 'p-d', order: 0 },
      { id: 'bel-8', personId: 'p-d', callerPersonId: 'p-e', order: 0 },
      { id: 'bel-7', personId: 'p-e', callerPersonId: 'p-c', order: 0 },
      { id: 'bel-6', personId: 'p-f', callerPersonId: 'p-f', order: 0 },
      { id: 'bel-5', personId: 'p-g', callerPersonId: 'p-c', order: 0 },
    );
    expect(checkCallTreeCycles(plan).map((gap) => [gap.recordId, gap.params.people]).sort()).toEqual([
      ['bel-6', 'p-f'],
      ['bel-7', 'p-c, p-d, p-e'],
    ]);
  });

  it('does not count two people backing each other up as a ring', () => {
    const plan = healthyPlan();
    at(plan.callTree, 0).backupCallerPersonId = 'p-secretaris';
    at(plan.callTree, 1).backupCallerPersonId = 'p-burgemeester';
    expect(checkCallTreeCycles(plan)).toEqual([]);
  });

  it('reports a role holder whom nobody calls, with the roles they hold', () => {
    const plan = healthyPlan();
    expect(checkRolePersonNotInCallTree(plan)).toEqual([]);
    plan.callTree = plan.callTree.filter((entry) => entry.personId !== 'p-secretaris');
    plan.roles.push({
      id: 'rol-communicatie',
      name: 'Communicatieadviseur',
      tasks: [],
      primaryPersonId: 'p-secretaris',
      deputyPersonIds: [],
      mayActivate: false,
    });
    expect(checkRolePersonNotInCallTree(plan)).toEqual([
      {
        code: 'rolePersonNotInCallTree',
        severity: 'warning',
        collection: 'people',
        recordId: 'p-secretaris',
        params: { person: 'Bram Jansen', role: 'Voorzitter GBT, Communicatieadviseur' },
      },
    ]);
  });
});
