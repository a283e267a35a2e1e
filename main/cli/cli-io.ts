import type { Translate } from '../../shared/i18n/index.js';

/** Everything the CLI touches outside itself, so it runs the same in a terminal and inside a test. */
export interface CliIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  out(line: string): void;
  err(line: string): void;
  /** Ask for a secret without echoing it; undefined when there is no terminal to ask on. */
  askSecret(prompt: string): Promise<string | undefined>;
  now(): Date;
}

export interface CliContext {
  readonly io: CliIo;
  readonly t: Translate;
}

/** Exit codes. `verify` adds its own (ARCHITECTURE: 3 invalid, 4 unknown signer, 5 rollback). */
export const exitCodes = {
  ok: 0,
  failure: 1,
  usage: 2,
  invalid: 3,
  unknownSigner: 4,
  rollback: 5,
} as const;

/** Ends a command with an exit code after it has already told the user why. */
export class CliExit extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
    this.name = 'CliExit';
  }
}
