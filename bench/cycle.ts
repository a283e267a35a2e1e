// The yearly cycle on the L plan (hundreds of exercises and scenarios, thousands of processes): the overview
// main answers on every revision, and the plan's health the screens derive from it. Each round runs the
// measure and its baseline back to back; the row's ratio is the median of the rounds' ratios.
import { join } from 'node:path';
import { createCycleService } from '../main/core/cycle/cycle-service.js';
import { openDataDir } from '../main/core/data-dir/open-data-dir.js';
import { generateFixtureContent } from '../main/core/fixtures/index.js';
import { initTempDataDir, removeTempDir, testPlatform } from '../main/core/test-support/temp-data-dir.js';
import { checkPlanHealth } from '../shared/plan/health/index.js';
import { todayInAmsterdam } from '../shared/plan/today.js';
import { median, type BenchRow } from './measure.js';

const ROUNDS = 7;

function timed(task: () => unknown): number {
  const started = performance.now();
  task();
  return performance.now() - started;
}

export async function benchCycle(): Promise<{ rows: BenchRow[]; raw: Record<string, number[]> }> {
  const { dataDir } = await initTempDataDir({ kind: 'content', content: generateFixtureContent('L') });
  const opened = await openDataDir(dataDir, testPlatform(), 'read');
  try {
    const content = opened.store.current.plan.content;
    const cycle = createCycleService(opened);
    const today = todayInAmsterdam(new Date());
    const overviewMs: number[] = [];
    const healthMs: number[] = [];
    const baselineMs: number[] = [];
    await cycle.overview();
    for (let round = 0; round < ROUNDS; round += 1) {
      const started = performance.now();
      await cycle.overview();
      overviewMs.push(performance.now() - started);
      healthMs.push(timed(() => checkPlanHealth(content, today)));
      // What any answer about the whole plan costs at least: one pass over its content.
      baselineMs.push(timed(() => JSON.stringify(content)));
    }
    const paired = (values: readonly number[]) => values.map((value, round) => value / (baselineMs[round] ?? 1));
    const rows: BenchRow[] = [
      {
        name: 'Yearly-cycle overview, L plan',
        valueMs: median(overviewMs),
        baselineMs: median(baselineMs),
        baselineName: 'the plan as JSON text',
        targetRatio: 1,
        pairedRatios: paired(overviewMs),
      },
      {
        name: 'Health of the plan, L plan',
        valueMs: median(healthMs),
        baselineMs: median(baselineMs),
        baselineName: 'the plan as JSON text',
        pairedRatios: paired(healthMs),
      },
    ];
    return { rows, raw: { overviewMs, healthMs, baselineMs } };
  } finally {
    await opened.close();
    await removeTempDir(join(dataDir, '..'));
  }
}
