import { changeListSchema } from '../../../shared/plan/sync/index.js';
import { createPlanService } from '../../core/plan/plan-service.js';
import { exitCodes } from '../cli-io.js';
import { dataDirOption, requireDataDir, requireFileArgument } from '../command-options.js';
import { openForCli } from '../open-for-cli.js';
import type { Command } from '../run-cli.js';
import { readJsonArgumentAs } from './read-json-argument.js';

export const applyCommand: Command = {
  options: { ...dataDirOption },
  async run(parsed, context) {
    const dataDir = requireDataDir(parsed, context);
    const changes = await readJsonArgumentAs(requireFileArgument(parsed, context), changeListSchema, 'list of changes');
    const opened = await openForCli(dataDir, context, 'write');
    try {
      const signed = await createPlanService(opened).apply(changes);
      context.io.out(context.t('cli.applied', { revision: signed.revision }));
      return exitCodes.ok;
    } finally {
      await opened.close();
    }
  },
};
