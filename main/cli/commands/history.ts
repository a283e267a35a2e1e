import { fingerprintOf } from '../../core/crypto/keys.js';
import { createPlanService } from '../../core/plan/plan-service.js';
import { exitCodes } from '../cli-io.js';
import { dataDirOption, requireDataDir } from '../command-options.js';
import { openForCli } from '../open-for-cli.js';
import type { Command } from '../run-cli.js';

export const historyCommand: Command = {
  options: { ...dataDirOption },
  async run(parsed, context) {
    // History is readable even when the current plan was refused: it is where the way out is.
    const opened = await openForCli(requireDataDir(parsed, context), context, 'read', { allowRefused: true });
    try {
      const entries = await createPlanService(opened).history();
      if (entries.length === 0) context.io.out(context.t('cli.historyEmpty'));
      for (const entry of entries) {
        context.io.out(
          context.t('cli.historyRow', {
            revision: entry.revision,
            savedAt: entry.savedAt ?? '?',
            fingerprint: entry.signerKeyid === undefined ? '?' : fingerprintOf(entry.signerKeyid),
            kilobytes: Math.ceil(entry.bytes / 1024),
          }),
        );
      }
      return exitCodes.ok;
    } finally {
      await opened.close();
    }
  },
};
