import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPlanHealth } from '../../../shared/plan/health/index.js';
import { todayInAmsterdam } from '../../../shared/plan/today.js';
import { initTempDataDir, removeTempDir, testPlatform } from '../test-support/temp-data-dir.js';
import { openDataDir, type OpenedDataDir } from '../data-dir/open-data-dir.js';
import { createPlanService } from './plan-service.js';

let opened: OpenedDataDir | undefined;
let dataDir: string | undefined;
afterEach(async () => {
  await opened?.close();
  opened = undefined;
  if (dataDir !== undefined) await removeTempDir(join(dataDir, '..'));
});

/*
 * Half past eleven at night in UTC is already the next day in the Netherlands (00:30 in winter, 01:30 in
 * summer): a review due "today" by the UTC calendar is overdue by the Dutch one, which is the one that counts.
 */
describe.each([
  ['winter', '2027-01-15T23:30:00Z', '2027-01-15', '2027-01-16'],
  ['summer', '2027-07-15T23:30:00Z', '2027-07-15', '2027-07-16'],
])('the plan health at 23:30 UTC on a %s date', (_season, instant, utcDay, dutchDay) => {
  it('counts the day as Amsterdam does, as the screen does', async () => {
    expect(todayInAmsterdam(new Date(instant))).toBe(dutchDay);
    ({ dataDir } = await initTempDataDir({ kind: 'sample' }));
    opened = await openDataDir(dataDir, testPlatform({ now: () => new Date(instant) }), 'write');
    const plans = createPlanService(opened);
    await plans.apply([{ op: 'updateMeta', set: { reviewDue: utcDay } }]);

    const gaps = plans.health();
    expect(gaps.filter((gap) => gap.code === 'reviewOverdue')).toHaveLength(1);
    expect(gaps).toEqual(checkPlanHealth(plans.current().signed.plan.content, todayInAmsterdam(new Date(instant))));
  });
});
