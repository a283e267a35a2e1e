import { applyCommand } from './commands/apply.js';
import { bundleCommand } from './commands/bundle.js';
import { contactsCommand } from './commands/contacts.js';
import { crisisCommand } from './commands/crisis.js';
import { approveCommand, callTreeTestCommand } from './commands/cycle.js';
import { encryptionCommand } from './commands/encryption.js';
import { exportCommand } from './commands/export.js';
import { fixtureCommand } from './commands/fixture.js';
import { historyCommand } from './commands/history.js';
import { importPlanCommand } from './commands/import-plan.js';
import { initCommand } from './commands/init.js';
import { restoreCommand } from './commands/restore.js';
import { showCommand } from './commands/show.js';
import { verifyCommand } from './commands/verify.js';
import type { Command } from './run-cli.js';

/** Every command of `draaiboek`, in the order the help lists them. */
export const commands = {
  init: initCommand,
  encryption: encryptionCommand,
  verify: verifyCommand,
  show: showCommand,
  history: historyCommand,
  restore: restoreCommand,
  'import-plan': importPlanCommand,
  apply: applyCommand,
  contacts: contactsCommand,
  export: exportCommand,
  bundle: bundleCommand,
  crisis: crisisCommand,
  approve: approveCommand,
  'calltree-test': callTreeTestCommand,
  fixture: fixtureCommand,
} as const satisfies Record<string, Command>;

export type CommandName = keyof typeof commands;

export const commandNames = Object.keys(commands) as CommandName[];

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commands, name);
}
