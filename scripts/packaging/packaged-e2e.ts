import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PACKAGED_EXECUTABLE_ENV } from '../../e2e/support/electron-binary.js';
import { buildLinuxPackage } from './build-linux-package.js';
import { projectRoot } from './builder-config.js';
import { TEST_BUILD_ENV } from './test-build-marker.js';

/** The totals of Playwright's JSON report. */
export interface PlaywrightStats {
  readonly expected: number;
  readonly unexpected: number;
  readonly flaky: number;
  readonly skipped: number;
}

/**
 * What is wrong with a run of the e2e specs against the packaged app: a failing or flaky spec, a run that
 * ended badly, or one in which no spec ran at all (a launch that skipped everything is no pass). Empty when
 * the run passed.
 */
export function packagedE2eProblems(exitCode: number | null, stats: PlaywrightStats | undefined): string[] {
  const problems: string[] = [];
  if (exitCode !== 0) problems.push(`playwright exited with ${exitCode === null ? 'a signal' : String(exitCode)}`);
  if (stats === undefined) return [...problems, 'playwright wrote no report'];
  if (stats.unexpected > 0) problems.push(`${stats.unexpected} spec(s) failed`);
  if (stats.flaky > 0) problems.push(`${stats.flaky} spec(s) passed only on a retry`);
  if (stats.expected === 0) problems.push('no spec ran against the packaged app');
  return problems;
}

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv): number | null {
  return spawnSync(command, args, { cwd: projectRoot, env, stdio: 'inherit', timeout: 3_600_000 }).status;
}

/** Builds out/ as the shipping app, or as the test-only app with its marker set. */
export function buildApp(testBuild: boolean): void {
  const env = { ...process.env };
  if (testBuild) env[TEST_BUILD_ENV] = '1';
  else delete env['DRAAIBOEK_TEST_BUILD'];
  const status = run('npx', ['--no-install', 'electron-vite', 'build'], env);
  if (status !== 0) throw new Error(`electron-vite build${testBuild ? ` with ${TEST_BUILD_ENV}=1` : ''} exited with ${String(status)}`);
}

/**
 * Needs a real Electron distribution (`electronDist`); where none exists the pipeline skips this and says why.
 * Builds the test-only app (marker set), packages it with the unfused test-only profile as the Linux dir
 * target into `outputDir`, runs the e2e specs of the electron project against its executable, and rebuilds
 * out/ as the shipping app afterwards, whatever happened, so no later step packages the test build.
 */
export async function runE2eAgainstPackagedApp(options: { outputDir: string; electronDist: string }): Promise<{ appOutDir: string; problems: string[] }> {
  try {
    buildApp(true);
    const built = await buildLinuxPackage({
      outputDir: options.outputDir,
      electronDist: options.electronDist,
      realElectron: true,
      profile: 'electron-builder.unfused-test-only.yml',
    });
    const report = join(options.outputDir, 'playwright-report.json');
    const exitCode = run('npx', ['--no-install', 'playwright', 'test', '--project=electron'], {
      ...process.env,
      [PACKAGED_EXECUTABLE_ENV]: join(built.appOutDir, 'draaiboek'),
      PLAYWRIGHT_JSON_OUTPUT_NAME: report,
    });
    let stats: PlaywrightStats | undefined;
    try {
      stats = (JSON.parse(await readFile(report, 'utf8')) as { stats: PlaywrightStats }).stats;
    } catch {
      stats = undefined;
    }
    return { appOutDir: built.appOutDir, problems: packagedE2eProblems(exitCode, stats) };
  } finally {
    buildApp(false);
  }
}
