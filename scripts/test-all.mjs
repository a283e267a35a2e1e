#!/usr/bin/env node
// Runs every check a change must pass, in order, and ends with one line that sums them all:
// "N passed, N failed, N skipped". Each vitest or Playwright test counts once; typecheck, lint and build
// count as one check each. Exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const reports = join(root, 'test-results');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(command, args, extraEnv = {}) {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  return result.status ?? 1;
}

function check(name, command, args) {
  const status = run(command, args);
  if (status === 0) totals.passed += 1;
  else totals.failed += 1;
  lines.push(`${status === 0 ? 'ok  ' : 'FAIL'} ${name}`);
  return status === 0;
}

function vitest(label = 'unit and integration', reportFile = 'vitest.json', extraArgs = []) {
  const output = join(reports, reportFile);
  const status = run('npx', ['vitest', 'run', ...extraArgs, '--reporter=default', '--reporter=json', `--outputFile=${output}`]);
  if (!existsSync(output)) {
    totals.failed += 1;
    lines.push(`FAIL ${label} tests (no report)`);
    return;
  }
  const report = JSON.parse(readFileSync(output, 'utf8'));
  const skipped = report.numPendingTests + report.numTodoTests;
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += skipped;
  // A suite that failed to load reports no failed test: count it, so the run cannot pass by crashing.
  const brokenFiles = report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0);
  totals.failed += brokenFiles.length;
  if (status !== 0 && report.numFailedTests === 0 && brokenFiles.length === 0) totals.failed += 1;
  lines.push(
    `${status === 0 ? 'ok  ' : 'FAIL'} ${label}: ${report.numPassedTests} passed, ${report.numFailedTests + brokenFiles.length} failed, ${skipped} skipped`,
  );
}

function playwright() {
  if (!existsSync(join(root, 'playwright.config.ts'))) return;
  const output = join(reports, 'playwright.json');
  const status = run('npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: output });
  if (!existsSync(output)) {
    totals.failed += 1;
    lines.push('FAIL e2e (no report)');
    return;
  }
  const stats = JSON.parse(readFileSync(output, 'utf8')).stats;
  const failed = stats.unexpected + stats.flaky;
  totals.passed += stats.expected;
  totals.failed += failed;
  totals.skipped += stats.skipped;
  if (status !== 0 && failed === 0) totals.failed += 1;
  lines.push(`${status === 0 ? 'ok  ' : 'FAIL'} e2e: ${stats.expected} passed, ${failed} failed, ${stats.skipped} skipped`);
}

check('typecheck', 'npm', ['run', '--silent', 'typecheck']);
check('lint', 'npm', ['run', '--silent', 'lint']);
vitest();
const built = check('build', 'npm', ['run', '--silent', 'build']);
if (built) {
  check('built app and CLI', 'node', ['scripts/check-build.mjs']);
  // Packages the built app (Linux and Windows dir targets, stub Electron; the MSI where wixl is installed) and checks what the packages hold.
  const packagingStarted = Date.now();
  vitest('pipeline: packaging', 'packaging.json', ['--config', 'scripts/packaging/vitest.pipeline.config.ts']);
  lines[lines.length - 1] += ` (${Math.round((Date.now() - packagingStarted) / 1000)} s)`;
  playwright();
}

console.log('\nSummary');
for (const line of lines) console.log(`  ${line}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exitCode = totals.failed === 0 ? 0 : 1;
