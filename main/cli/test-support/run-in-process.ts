import type { CliIo } from '../cli-io.js';
import { runCli } from '../run-cli.js';

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Run the CLI in this process with captured output, as a user at a terminal without a prompt would. */
export async function runInProcess(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
  cwd = process.cwd(),
): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    env,
    cwd,
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    askSecret: () => Promise.resolve(undefined),
    now: () => new Date(),
  };
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
