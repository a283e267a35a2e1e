import { describe, expect, it } from 'vitest';
import {
  checkProcessRtoExceedsMtpd,
  checkProcessRtoShorterThanApplicationRto,
  checkProcessWithoutWorkaround,
} from './process-checks.js';
import { at, healthyPlan } from './test-support/test-plan.js';

describe('process checks', () => {
  it('reports a process without a workaround, counting a blank one as none', () => {
    const plan = healthyPlan();
    expect(checkProcessWithoutWorkaround(plan)).toEqual([]);
    at(plan.processes, 0).workaround = '   ';
    expect(checkProcessWithoutWorkaround(plan)).toEqual([
      expect.objectContaining({
        code: 'processWithoutWorkaround',
        recordId: 'proc-geboorte',
        params: { process: 'Aangifte geboorte' },
      }),
    ]);
  });

  it('reports a process that must be back sooner than an application it depends on', () => {
    const plan = healthyPlan();
    // 1 day against the application's 4 hours is fine; compared in minutes, not by number.
    expect(checkProcessRtoShorterThanApplicationRto(plan)).toEqual([]);
    at(plan.processes, 0).rto = { value: 120, unit: 'minutes' };
    expect(checkProcessRtoShorterThanApplicationRto(plan)).toEqual([
      {
        code: 'processRtoShorterThanApplicationRto',
        severity: 'warning',
        collection: 'processes',
        recordId: 'proc-geboorte',
        params: { process: 'Aangifte geboorte', application: 'BRP-applicatie' },
      },
    ]);
  });

  it('treats equal recovery times as consistent', () => {
    const plan = healthyPlan();
    at(plan.processes, 0).rto = { value: 240, unit: 'minutes' };
    expect(checkProcessRtoShorterThanApplicationRto(plan)).toEqual([]);
  });

  it('reports a process whose RTO exceeds its MTPD', () => {
    const plan = healthyPlan();
    expect(checkProcessRtoExceedsMtpd(plan)).toEqual([]);
    at(plan.processes, 0).rto = { value: 1, unit: 'weeks' };
    expect(checkProcessRtoExceedsMtpd(plan)).toEqual([
      {
        code: 'processRtoExceedsMtpd',
        severity: 'critical',
        collection: 'processes',
        recordId: 'proc-geboorte',
        params: { process: 'Aangifte geboorte' },
      },
    ]);
  });
});
