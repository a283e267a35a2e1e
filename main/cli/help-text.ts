import type { Translate } from '../../shared/i18n/index.js';
import { commandNames, type CommandName } from './command-registry.js';

/** `draaiboek <command> --help`: that command's block, with every option it accepts. */
export function commandHelp(name: CommandName, t: Translate): string {
  return t(`cli.help.command.${name}`);
}

/** `draaiboek --help`: every command's block, so the whole help names every option and variable. */
export function fullHelp(t: Translate): string {
  return [t('cli.help.intro'), ...commandNames.map((name) => commandHelp(name, t)), '', t('cli.help.outro')].join('\n');
}
