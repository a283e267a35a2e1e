import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { initTempDataDir } from '../main/core/test-support/temp-data-dir.js';
import { median, type BenchRow } from './measure.js';

const run = promisify(execFile);
const ROUNDS = 7;
const child = new URL('./start-probe/start-child.ts', import.meta.url).pathname;

/** One fresh process: module loading is only ever paid once per process, as at a real start. */
async function once(mode: 'main' | 'baseline', dataDir: string): Promise<{ ms: number; importMs: number }> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', child, mode, dataDir], { cwd: join(import.meta.dirname, '..') });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as { ms: number; importMs: number };
}

/**
 * Main's start: importing the services behind the contract and opening the sample folder up to the plan the
 * window shows. The heavy libraries only some screens need (docx, age, papaparse) must not be part of it.
 * Baseline: a bare start that imports node:crypto and hashes plan.json, in a fresh process too.
 */
export async function benchStart(): Promise<{ rows: BenchRow[]; raw: unknown }> {
  const { dataDir } = await initTempDataDir({ kind: 'sample' });
  try {
    // One unmeasured round of each, so tsx's transform cache is warm for both.
    await once('main', dataDir);
    await once('baseline', dataDir);
    const main: number[] = [];
    const imports: number[] = [];
    const baseline: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      baseline.push((await once('baseline', dataDir)).ms);
      const start = await once('main', dataDir);
      main.push(start.ms);
      imports.push(start.importMs);
    }
    const baselineName = 'import node:crypto + read plan.json';
    const rows: BenchRow[] = [
      { name: 'main start: import of the core', valueMs: median(imports), baselineMs: median(baseline), baselineName },
      { name: 'main start: import core + open sample folder', valueMs: median(main), baselineMs: median(baseline), baselineName },
    ];
    return { rows, raw: { rounds: ROUNDS, mainMs: main, importMs: imports, baselineMs: baseline } };
  } finally {
    await rm(join(dataDir, '..'), { recursive: true, force: true });
  }
}
