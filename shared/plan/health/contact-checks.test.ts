import { describe, expect, it } from 'vitest';
import {
  checkPersonNeverVerified,
  checkPersonVerificationStale,
  checkPrivatePhoneWithoutConsent,
} from './contact-checks.js';
import { at, healthyPlan, TEST_TODAY } from './test-support/test-plan.js';

describe('contact checks', () => {
  it('reports a person whose details were never verified', () => {
    const plan = healthyPlan();
    expect(checkPersonNeverVerified(plan)).toEqual([]);
    delete at(plan.people, 1).lastVerified;
    expect(checkPersonNeverVerified(plan)).toEqual([
      {
        code: 'personNeverVerified',
        severity: 'info',
        collection: 'people',
        recordId: 'p-secretaris',
        params: { person: 'Bram Jansen' },
      },
    ]);
  });

  it('reports details last verified twelve months ago or longer, not those verified since', () => {
    const plan = healthyPlan();
    at(plan.people, 0).lastVerified = '2025-11-30';
    expect(checkPersonVerificationStale(plan, TEST_TODAY)).toEqual([]);
    at(plan.people, 0).lastVerified = '2025-11-29';
    expect(checkPersonVerificationStale(plan, TEST_TODAY)).toEqual([
      {
        code: 'personVerificationStale',
        severity: 'info',
        collection: 'people',
        recordId: 'p-burgemeester',
        params: { person: 'Anna de Vries', lastVerified: '2025-11-29' },
      },
    ]);
  });

  it('reports private numbers kept without recorded consent, once per person with a count', () => {
    const plan = healthyPlan();
    expect(checkPrivatePhoneWithoutConsent(plan)).toEqual([]);
    at(plan.people, 1).phones = [
      { number: '+31687654321', kind: 'home', private: true },
      { number: '+31611112222', kind: 'mobile', private: true },
      { number: '+31201234567', kind: 'work', private: false },
    ];
    expect(checkPrivatePhoneWithoutConsent(plan)).toEqual([
      {
        code: 'privatePhoneWithoutConsent',
        severity: 'critical',
        collection: 'people',
        recordId: 'p-secretaris',
        params: { person: 'Bram Jansen', count: 2 },
      },
    ]);
  });
});
