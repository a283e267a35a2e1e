import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DraaiboekError } from '../../shared/errors.js';
import { createTranslator, isMessageKey, languageFromLocale } from '../../shared/i18n/index.js';
import { visibleText } from '../../shared/text-safety.js';
import { CliExit, exitCodes, type CliContext, type CliIo } from './cli-io.js';
import { terminalTranslator } from './terminal-text.js';
import { applyCommand } from './commands/apply.js';
import { bundleCommand } from './commands/bundle.js';
import { contactsCommand } from './commands/contacts.js';
import { exportCommand } from './commands/export.js';
import { fixtureCommand } from './commands/fixture.js';
import { historyCommand } from './commands/history.js';
import { importPlanCommand } from './commands/import-plan.js';
import { initCommand } from './commands/init.js';
import { restoreCommand } from './commands/restore.js';
import { showCommand } from './commands/show.js';
import { verifyCommand } from './commands/verify.js';

export interface ParsedCommand {
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  readonly positionals: readonly string[];
}

export interface Command {
  readonly options: NonNullable<ParseArgsConfig['options']>;
  run(parsed: ParsedCommand, context: CliContext): Promise<number>;
}

const commands: Readonly<Record<string, Command>> = {
  init: initCommand,
  verify: verifyCommand,
  show: showCommand,
  history: historyCommand,
  restore: restoreCommand,
  'import-plan': importPlanCommand,
  apply: applyCommand,
  fixture: fixtureCommand,
  bundle: bundleCommand,
  export: exportCommand,
  contacts: contactsCommand,
};

function localeOf(env: CliIo['env']): string | undefined {
  return env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || undefined;
}

/** Print a user error as one translated line; a usage error also points to --help. */
function reportError(error: DraaiboekError, context: CliContext): number {
  const key = `error.${error.code}`;
  const line = isMessageKey(key) ? context.t(key, error.params) : visibleText(error.message);
  context.io.err(`draaiboek: ${line}`);
  return error.code === 'USAGE' ? exitCodes.usage : exitCodes.failure;
}

/** Run one CLI invocation and return its exit code. Never throws for a user error. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const t = terminalTranslator(createTranslator(languageFromLocale(localeOf(io.env))));
  const context: CliContext = { io, t };
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(t('cli.help'));
    return name === undefined ? exitCodes.usage : exitCodes.ok;
  }
  const command = commands[name];
  if (command === undefined) {
    return reportError(new DraaiboekError('USAGE', 'unknown command', { detail: t('cli.unknownCommand', { command: name }) }), context);
  }
  try {
    let parsed: ParsedCommand;
    try {
      parsed = parseArgs({ args: [...rest], options: command.options, allowPositionals: true, strict: true });
    } catch (error) {
      throw new DraaiboekError('USAGE', 'bad arguments', { detail: (error as Error).message });
    }
    return await command.run(parsed, context);
  } catch (error) {
    if (error instanceof CliExit) return error.exitCode;
    if (error instanceof DraaiboekError) return reportError(error, context);
    const detail = error instanceof Error ? error.message : String(error);
    io.err(`draaiboek: ${t('error.INTERNAL', { detail })}`);
    return exitCodes.failure;
  }
}
