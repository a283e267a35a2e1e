import type { PlanContent } from '../../plan.js';
import { healthyPlan } from './test-plan.js';

/** For tests: a small plan with every kind of gap the health check knows, at least once. */
export function planWithEveryGap(): PlanContent {
  const plan = healthyPlan();
  plan.meta.reviewDue = '2026-01-01';
  plan.meta.validUntil = '2026-06-30';
  delete plan.meta.approvedOn;
  plan.exercises = [];
  plan.improvementActions = [{ id: 'actie-te-laat', text: 'Nummers controleren', status: 'open', dueDate: '2026-01-31', concerns: [] }];
  plan.people.push(
    { id: 'p-nooit', name: 'Cor Nooitgedacht', emails: [], phones: [{ number: '+31600000001', kind: 'home', private: true }] },
    { id: 'p-oud', name: 'Dirk Oudejans', lastVerified: '2024-05-01', emails: [], phones: [] },
  );
  plan.roles.push(
    { id: 'rol-leeg', name: 'Informatiemanager', tasks: [], deputyPersonIds: [], mayActivate: false },
    {
      id: 'rol-aov',
      name: 'AOV-adviseur',
      tasks: [],
      primaryPersonId: 'p-oud',
      deputyPersonIds: ['p-weg'],
      mayActivate: false,
    },
  );
  plan.callTree.push(
    { id: 'bel-ring-a', personId: 'p-nooit', callerPersonId: 'p-oud-beller', order: 0 },
    { id: 'bel-ring-b', personId: 'p-oud-beller', callerPersonId: 'p-nooit', order: 0 },
  );
  plan.organisations.push({ id: 'org-zonder-nacht', name: 'Pink Roccade', kind: 'supplier', escalation: [] });
  plan.processes.push({
    id: 'proc-bezwaar',
    name: 'Bezwaarschriften',
    criticality: 'medium',
    rto: { value: 2, unit: 'hours' },
    mtpd: { value: 1, unit: 'hours' },
    legalDeadlines: [],
    applicationIds: ['app-brp'],
    supplierIds: [],
    roleIds: [],
    locationIds: [],
    baseRegisters: [],
  });
  plan.scenarios.push({
    id: 'scen-leeg',
    name: 'Stroomstoring',
    activationCriteria: [],
    activatedByRoleIds: [],
    steps: [],
    unavailableApplicationIds: [],
    unavailableSupplierIds: [],
    unavailableLocationIds: [],
    unavailableRoleIds: [],
  });
  return plan;
}
