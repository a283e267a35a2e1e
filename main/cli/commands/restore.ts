import { createPlanService } from '../../core/services/plan-service.js';
import { exitCodes } from '../cli-io.js';
import { dataDirOption, requireDataDir, requirePositiveInteger } from '../command-options.js';
import { openForCli } from '../open-for-cli.js';
import type { Command } from '../run-cli.js';

export const restoreCommand: Command = {
  options: { ...dataDirOption, revision: { type: 'string' } },
  async run(parsed, context) {
    const dataDir = requireDataDir(parsed, context);
    const revision = requirePositiveInteger(parsed, 'revision', context);
    const opened = await openForCli(dataDir, context, 'write', { allowRefused: true });
    try {
      const restored = await createPlanService(opened).restore(revision);
      context.io.out(context.t('cli.restored', { from: revision, revision: restored.revision }));
      return exitCodes.ok;
    } finally {
      await opened.close();
    }
  },
};
