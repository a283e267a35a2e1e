import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initTempDataDir, removeTempDir, TEST_PASSPHRASE, testPlatform } from '../core/test-support/temp-data-dir.js';

const projectRoot = new URL('../../', import.meta.url).pathname;
let cli: string;
let dataDir: string;

beforeAll(async () => {
  const outDir = join(projectRoot, 'node_modules', '.cache', 'draaiboek-cli-entry');
  await mkdir(outDir, { recursive: true });
  // This run's own file: the cache folder may be shared by several checkouts testing at the same time.
  cli = join(outDir, `cli-${randomUUID()}.mjs`);
  // The real entry, as `npx draaiboek` runs it after a build, bundled so the child starts without compiling.
  await build({
    entryPoints: [join(projectRoot, 'main', 'cli.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: cli,
    logLevel: 'silent',
    loader: { '.json': 'json' },
  });
  ({ dataDir } = await initTempDataDir({ kind: 'sample' }, testPlatform()));
}, 60_000);

afterAll(async () => {
  await Promise.all([removeTempDir(join(dataDir, '..')), rm(cli, { force: true })]);
});

/** Run the CLI with its output into a pipe whose reader has already gone, as `| head` does after ten lines. */
function runIntoClosedPipe(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      env: { ...process.env, DRAAIBOEK_PASSPHRASE: TEST_PASSPHRASE, LANG: 'nl_NL.UTF-8' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stderr }));
  });
}

describe('the CLI writing into a pipe whose reader has gone', () => {
  it('exits with its own code and no stack trace (draaiboek show | head)', async () => {
    for (const args of [['show', '--data-dir', dataDir], ['show', '--data-dir', dataDir, '--json']]) {
      const result = await runIntoClosedPipe(args);
      expect(result).toEqual({ code: 0, stderr: '' });
    }
  }, 30_000);
});
