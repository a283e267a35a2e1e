import { describe, expect, it } from 'vitest';
import { checkSupplierWithoutLine24x7 } from './supplier-checks.js';
import { at, healthyPlan } from './test-support/test-plan.js';

describe('supplier check', () => {
  it('reports a SaaS supplier without a 24/7 line', () => {
    const plan = healthyPlan();
    expect(checkSupplierWithoutLine24x7(plan)).toEqual([]);
    delete at(plan.organisations, 0).line24x7;
    expect(checkSupplierWithoutLine24x7(plan)).toEqual([
      {
        code: 'supplierWithoutLine24x7',
        severity: 'warning',
        collection: 'organisations',
        recordId: 'org-centric',
        params: { organisation: 'Centric' },
      },
    ]);
  });

  it('counts an organisation of another kind as a supplier once an application names it', () => {
    const plan = healthyPlan();
    plan.organisations.push({ id: 'org-regio', name: 'Veiligheidsregio', kind: 'chain-partner', escalation: [] });
    expect(checkSupplierWithoutLine24x7(plan)).toEqual([]);
    at(plan.applications, 0).supplierId = 'org-regio';
    expect(checkSupplierWithoutLine24x7(plan).map((gap) => gap.recordId)).toEqual(['org-regio']);
  });
});
