import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { readVerifiedPlanFile, type KeyLookup } from '../plan-file.js';

export interface CrashRoundOutcome {
  readonly lastReported: number;
  readonly found: number;
}

const projectRoot = new URL('../../../../', import.meta.url).pathname;

/** Bundle the save loop once, so each child starts in milliseconds rather than compiling TypeScript. */
export function bundleSaveLoop(): Promise<string> {
  return bundleHarnessScript(new URL('./save-loop.ts', import.meta.url), 'save-loop');
}

/** Bundle a child process's script (a loop a crash test kills) into one file under node_modules/.cache. */
export async function bundleHarnessScript(entry: URL, name: string): Promise<string> {
  const outDir = join(projectRoot, 'node_modules', '.cache', 'draaiboek-crash-harness');
  await mkdir(outDir, { recursive: true });
  // One file per run: node_modules may be shared by several checkouts, and a run must never start another
  // checkout's build of the loop. It stays under node_modules so that its package imports resolve.
  const outfile = join(outDir, `${name}-${process.pid}-${randomBytes(4).toString('hex')}.mjs`);
  await build({
    entryPoints: [entry.pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'silent',
    loader: { '.json': 'json' },
  });
  return outfile;
}

/**
 * Start the save loop, let it commit at least `minimumCommits` revisions, kill it with SIGKILL after a
 * random extra delay, and report the last revision it said was durable.
 */
export function killDuringSaves(
  script: string,
  dataDir: string,
  passphrase: string,
  delayMs: number,
  minimumCommits = 1,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, dataDir], {
      env: { ...process.env, DRAAIBOEK_PASSPHRASE: passphrase },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let lastReported = 0;
    let commits = 0;
    let buffered = '';
    let stderr = '';
    let killTimer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      let newline = buffered.indexOf('\n');
      while (newline >= 0) {
        const match = /^committed (\d+)$/.exec(buffered.slice(0, newline));
        buffered = buffered.slice(newline + 1);
        newline = buffered.indexOf('\n');
        if (match?.[1] === undefined) continue;
        lastReported = Number(match[1]);
        commits += 1;
        if (commits === minimumCommits && killTimer === undefined) {
          killTimer = setTimeout(() => child.kill('SIGKILL'), delayMs);
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') {
        reject(new Error(`save loop ended on its own (code ${code}): ${stderr}`));
        return;
      }
      resolve(lastReported);
    });
  });
}

/** After a kill, the plan must verify and hold the last reported revision or the one being written. */
export async function checkAfterKill(dataDir: string, lookup: KeyLookup, lastReported: number): Promise<CrashRoundOutcome> {
  const { signed } = await readVerifiedPlanFile(join(dataDir, 'plan.json'), lookup);
  return { lastReported, found: signed.revision };
}
