import { contentV1ToV2 } from '../../../shared/plan/migrations/v1-to-v2.js';
import { contentV2ToV3 } from '../../../shared/plan/migrations/v2-to-v3.js';
import { planContentSchema } from '../../../shared/plan/plan.js';
import { createPlanService } from '../../core/plan/plan-service.js';
import { exitCodes } from '../cli-io.js';
import { dataDirOption, requireDataDir, requireFileArgument } from '../command-options.js';
import { openForCli } from '../open-for-cli.js';
import type { Command } from '../run-cli.js';
import { readJsonArgumentAs } from './read-json-argument.js';

export const importPlanCommand: Command = {
  options: { ...dataDirOption },
  async run(parsed, context) {
    const dataDir = requireDataDir(parsed, context);
    // Content written by an older version carries no format number: its people's single address and its
    // exercises' single scenario and actions are upgraded.
    const content = await readJsonArgumentAs(requireFileArgument(parsed, context), planContentSchema, 'plan', (raw) =>
      contentV2ToV3(contentV1ToV2(raw)),
    );
    const opened = await openForCli(dataDir, context, 'write');
    try {
      const outcome = await createPlanService(opened).importContent(content);
      context.io.out(
        outcome.changeCount === 0
          ? context.t('cli.importedNothing')
          : context.t('cli.imported', { count: outcome.changeCount, revision: outcome.signed.revision }),
      );
      return exitCodes.ok;
    } finally {
      await opened.close();
    }
  },
};
