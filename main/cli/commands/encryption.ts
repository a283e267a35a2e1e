import { DraaiboekError } from '../../../shared/errors.js';
import { exitCodes } from '../cli-io.js';
import { dataDirOption, requireDataDir } from '../command-options.js';
import { openForCli } from '../open-for-cli.js';
import type { Command } from '../run-cli.js';

/** `draaiboek encryption on|off`: encrypt every content file of the folder at rest, or stop doing so. */
export const encryptionCommand: Command = {
  options: { ...dataDirOption },
  async run(parsed, context) {
    const [subcommand] = parsed.positionals;
    if (subcommand !== 'on' && subcommand !== 'off') {
      const detail = context.t('cli.encryption.usage');
      throw new DraaiboekError('USAGE', detail, { detail });
    }
    const opened = await openForCli(requireDataDir(parsed, context), context, 'write');
    try {
      const result = await opened.setEncryptionAtRest(subcommand === 'on');
      const key = result.encrypted ? (result.changed ? 'cli.encryption.on' : 'cli.encryption.alreadyOn') : result.changed ? 'cli.encryption.off' : 'cli.encryption.alreadyOff';
      context.io.out(context.t(key, { dataDir: opened.dataDir }));
      return exitCodes.ok;
    } finally {
      await opened.close();
    }
  },
};
