import { describe, expect, it } from 'vitest';
import { META_RECORD_ID } from '../plan.js';
import { fieldOfGap } from './health-codes.js';
import { checkPhoneNotDialable } from './phone-checks.js';
import { at, healthyPlan } from './test-support/test-plan.js';

describe('phone checks', () => {
  it('reports every number in the plan that cannot be dialled, at the field that holds it', () => {
    const plan = healthyPlan();
    expect(checkPhoneNotDialable(plan)).toEqual([]);
    // One digit short: E.164 lets it through, the region's numbering plan does not.
    at(plan.people, 0).phones.push({ number: '+3164009002', kind: 'mobile', private: false });
    plan.organisations.push({ id: 'org-kort', name: 'Kortnet', kind: 'supplier', escalation: [], line24x7: '+3120123' });
    plan.meta.generalPhone = '+3155580100';
    const gaps = checkPhoneNotDialable(plan);
    expect(gaps.map((gap) => [gap.code, gap.collection, gap.recordId, gap.params['number'], fieldOfGap(gap)])).toEqual([
      ['phoneNotDialable', 'people', at(plan.people, 0).id, '+3164009002', 'phones'],
      ['phoneNotDialable', 'organisations', 'org-kort', '+3120123', 'line24x7'],
      ['phoneNotDialable', 'meta', META_RECORD_ID, '+3155580100', 'generalPhone'],
    ]);
  });

  it('names the field to fix for every gap that is about one field', () => {
    expect(fieldOfGap({ code: 'supplierWithoutLine24x7', severity: 'warning', collection: 'organisations', recordId: 'o', params: { organisation: 'X' } })).toBe('line24x7');
    expect(fieldOfGap({ code: 'danglingReference', severity: 'critical', collection: 'roles', recordId: 'r', params: { record: 'R', field: 'deputyPersonIds', missingId: 'p-x' } })).toBe('deputyPersonIds');
    expect(fieldOfGap({ code: 'rolePersonNotInCallTree', severity: 'warning', collection: 'people', recordId: 'p', params: { person: 'P', role: 'R' } })).toBeUndefined();
  });
});
