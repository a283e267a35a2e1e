import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const projectRoot = new URL('../../../../', import.meta.url).pathname;

export interface ChildImport {
  readonly outcome: string;
  readonly peakRssBytes: number;
}

/**
 * Bundle the child once, so it starts as plain JavaScript rather than compiling TypeScript on the way, with the
 * parse worker beside it as the built app has it (`parse-worker.js`). The folder is this run's own: the cache
 * may be shared by several checkouts testing at the same time. The caller removes it when done
 * (`removeImportChild`).
 */
export async function bundleImportChild(): Promise<string> {
  const outDir = join(projectRoot, 'node_modules', '.cache', 'draaiboek-memory-harness', randomUUID());
  await mkdir(outDir, { recursive: true });
  const common = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
    loader: { '.json': 'json' },
  } as const;
  const outfile = join(outDir, 'import-child.mjs');
  await Promise.all([
    build({ ...common, entryPoints: [new URL('./import-child.ts', import.meta.url).pathname], outfile }),
    build({
      ...common,
      entryPoints: [new URL('../../workers/parse-worker.ts', import.meta.url).pathname],
      outfile: join(outDir, 'parse-worker.js'),
    }),
  ]);
  return outfile;
}

/** Remove what `bundleImportChild` wrote. */
export function removeImportChild(script: string): Promise<void> {
  return rm(dirname(script), { recursive: true, force: true });
}

/** Import one bundle file in a child process and report the outcome and the child's peak memory. */
export function importInChild(script: string, dataDir: string, bundlePath: string, passphrase?: string): Promise<ChildImport> {
  return new Promise((resolve, reject) => {
    const args = [script, dataDir, bundlePath, ...(passphrase === undefined ? [] : [passphrase])];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`import child exited with ${String(code)}: ${err}`));
      else resolve(JSON.parse(out) as ChildImport);
    });
  });
}
