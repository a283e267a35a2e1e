import { DraaiboekError, type ErrorCode } from '../../../shared/errors.js';
import { openDataDir } from '../../core/services/open-data-dir.js';
import { dataDirLayout } from '../../core/store/data-dir-layout.js';
import { readVerifiedPlanFile } from '../../core/store/plan-file.js';
import { exitCodes, type CliContext } from '../cli-io.js';
import { createCliPlatform } from '../cli-platform.js';
import { dataDirOption, requireDataDir, resolvePath } from '../command-options.js';
import type { Command } from '../run-cli.js';
import { signerLabel } from '../open-for-cli.js';

function exitCodeFor(code: ErrorCode): number {
  if (code === 'SIGNER_UNKNOWN') return exitCodes.unknownSigner;
  if (code === 'ROLLBACK') return exitCodes.rollback;
  if (code === 'FILE_NOT_FOUND' || code === 'USAGE') return exitCodes.usage;
  return exitCodes.invalid;
}

function fail(error: DraaiboekError, context: CliContext): number {
  const key = `error.${error.code}` as const;
  context.io.out(context.t('cli.verifyInvalid', { reason: context.t(key, error.params) }));
  return exitCodeFor(error.code);
}

/**
 * Check a plan file against this data folder's protected state (trusted keys, plan id, highest revision);
 * read-only. The state record is read before the plan file, so a save running beside this never shows as a
 * rollback: a save renames the plan before it raises the record.
 */
export const verifyCommand: Command = {
  options: { ...dataDirOption },
  async run(parsed, context) {
    const dataDir = requireDataDir(parsed, context);
    const layout = dataDirLayout(dataDir);
    const [file] = parsed.positionals;
    const path = file === undefined ? layout.planFile : resolvePath(file, context);
    try {
      const opened = await openDataDir(dataDir, createCliPlatform(context, 'unlock'), 'read');
      const { planId, highestRevision: highest } = opened.state.value;
      await opened.close();
      const verified = await readVerifiedPlanFile(path, opened.lookup);
      const { signed } = verified;
      const samePlan = planId === null || planId === signed.planId;
      if (!samePlan) context.io.out(context.t('cli.verifyOtherPlan', { planId: signed.planId }));
      if (samePlan && signed.revision < highest) {
        throw new DraaiboekError('ROLLBACK', 'older revision', { revision: signed.revision, highest });
      }
      context.io.out(
        context.t('cli.verifyValid', {
          revision: signed.revision,
          savedAt: signed.savedAt,
          fingerprint: signerLabel(verified.signerKeyid, undefined),
          signer: opened.lookup(verified.signerKeyid)?.name ?? '?',
        }),
      );
      return exitCodes.ok;
    } catch (error) {
      if (error instanceof DraaiboekError) return fail(error, context);
      throw error;
    }
  },
};
