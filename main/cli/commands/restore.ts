import { createPlanService } from '../../core/plan/plan-service.js';
import { revivedRecords, type RevivedRecord } from '../../core/plan/restore-as-changes.js';
import { exitCodes } from '../cli-io.js';
import { dataDirOption, requireDataDir, requirePositiveInteger } from '../command-options.js';
import { openForCli } from '../open-for-cli.js';
import type { Command } from '../run-cli.js';

export const restoreCommand: Command = {
  options: { ...dataDirOption, revision: { type: 'string' } },
  async run(parsed, context) {
    const { t, io } = context;
    const dataDir = requireDataDir(parsed, context);
    const revision = requirePositiveInteger(parsed, 'revision', context);
    const opened = await openForCli(dataDir, context, 'write', { allowRefused: true });
    try {
      const plans = createPlanService(opened);
      // This process holds the folder's write lock, so the plan the restore starts from is this one.
      let revived: RevivedRecord[] = [];
      if (opened.store.status.state === 'ready') {
        const past = await plans.revision(revision);
        revived = revivedRecords(plans.current().signed.plan, past.plan.content, revision);
      }
      const restored = await plans.restore(revision);
      io.out(t('cli.restored', { from: revision, revision: restored.revision }));
      for (const record of revived) {
        io.out(t('cli.restoredRevived', { collection: t(`bundles.collection.${record.collection}`), id: record.id, newId: record.newId }));
      }
      if (revived.length > 0) io.out(t('cli.restoredRevivedWhy'));
      return exitCodes.ok;
    } finally {
      await opened.close();
    }
  },
};
