import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DraaiboekError } from '../../shared/errors.js';
import type { Translate } from '../../shared/i18n/index.js';
import type { ParsedCommand } from './run-cli.js';

type Options = NonNullable<ParseArgsConfig['options']>;

function usage(detail: string): DraaiboekError {
  return new DraaiboekError('USAGE', detail, { detail });
}

/** True when the arguments ask for help before any `--` that ends the options. */
export function asksForHelp(args: readonly string[]): boolean {
  for (const arg of args) {
    if (arg === '--') return false;
    if (arg === '--help' || arg === '-h') return true;
  }
  return false;
}

/**
 * Parse one command's arguments. Node's own strict mode throws English messages, so parsing is lenient and
 * each token is checked here instead: an unknown option, a value missing or given where none belongs becomes
 * a translated usage error that names the option as the user typed it.
 */
export function parseCommandLine(command: string, args: readonly string[], options: Options, t: Translate): ParsedCommand {
  const { values, positionals, tokens } = parseArgs({ args: [...args], options, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const config = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (config === undefined) throw usage(t('cli.unknownOption', { command, option: token.rawName }));
    if (config.type === 'string') {
      // A string option swallows the next argument whatever it is; one that looks like an option is a
      // forgotten value (`--data-dir --sample`), not a folder called "--sample". `--out=-x` still works.
      const value = token.value;
      if (value === undefined || value === '' || (token.inlineValue === false && value.startsWith('-'))) {
        throw usage(t('cli.optionNeedsValue', { option: token.rawName }));
      }
    } else if (token.value !== undefined) {
      throw usage(t('cli.optionTakesNoValue', { option: token.rawName, value: token.value }));
    }
  }
  return { values, positionals };
}
