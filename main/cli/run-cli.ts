import type { ParseArgsConfig } from 'node:util';
import { DraaiboekError } from '../../shared/errors.js';
import { createTranslator, isMessageKey, languageFromEnvironment, translateRuntime } from '../../shared/i18n/index.js';
import { visibleText } from '../../shared/text-safety.js';
import { CliExit, exitCodes, type CliContext, type CliIo } from './cli-io.js';
import { terminalTranslator } from './terminal-text.js';
import { commands, isCommandName } from './command-registry.js';
import { commandHelp, fullHelp } from './help-text.js';
import { asksForHelp, parseCommandLine } from './parse-command-line.js';

export interface ParsedCommand {
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  readonly positionals: readonly string[];
}

export interface Command {
  readonly options: NonNullable<ParseArgsConfig['options']>;
  run(parsed: ParsedCommand, context: CliContext): Promise<number>;
}

/** A file-system failure outside the core's own checks (a folder that cannot be made, a disk that is full). */
function fileSystemLine(error: unknown, t: CliContext['t']): string | undefined {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string' || !/^E[A-Z]+$/.test(error.code)) {
    return undefined;
  }
  const { code } = error;
  const key = `cli.errno.${code}`;
  const reason = isMessageKey(key) ? translateRuntime(t, key) : t('cli.errno.other', { code });
  const path = 'path' in error && typeof error.path === 'string' ? error.path : '';
  return t('error.IO_ERROR', { detail: t('cli.fileSystem', { path, reason }) });
}

/** Print a user error as one translated line; a usage error also points to --help. */
function reportError(error: DraaiboekError, context: CliContext): number {
  const key = `error.${error.code}`;
  const line = isMessageKey(key) ? translateRuntime(context.t, key, error.params) : visibleText(error.message);
  context.io.err(`draaiboek: ${line}`);
  return error.code === 'USAGE' ? exitCodes.usage : exitCodes.failure;
}

/** Run one CLI invocation and return its exit code. Never throws for a user error. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const t = terminalTranslator(createTranslator(languageFromEnvironment(io.env)));
  const context: CliContext = { io, t };
  const [name, ...rest] = argv;
  if (name === 'help' && rest[0] !== undefined && isCommandName(rest[0])) {
    io.out(commandHelp(rest[0], t));
    return exitCodes.ok;
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(fullHelp(t));
    return name === undefined ? exitCodes.usage : exitCodes.ok;
  }
  if (!isCommandName(name)) {
    return reportError(new DraaiboekError('USAGE', 'unknown command', { detail: t('cli.unknownCommand', { command: name }) }), context);
  }
  if (asksForHelp(rest)) {
    io.out(commandHelp(name, t));
    return exitCodes.ok;
  }
  const command: Command = commands[name];
  try {
    const parsed = parseCommandLine(name, rest, command.options, t);
    return await command.run(parsed, context);
  } catch (error) {
    if (error instanceof CliExit) return error.exitCode;
    if (error instanceof DraaiboekError) return reportError(error, context);
    const fileSystem = fileSystemLine(error, t);
    if (fileSystem !== undefined) {
      io.err(`draaiboek: ${fileSystem}`);
      return exitCodes.failure;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.err(`draaiboek: ${t('error.INTERNAL', { detail })}`);
    return exitCodes.failure;
  }
}
