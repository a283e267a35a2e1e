import { DraaiboekError, type ErrorCode } from '../../../shared/errors.js';
import { loadTrustStore } from '../../core/crypto/trust-store.js';
import { dataDirLayout } from '../../core/store/data-dir-layout.js';
import { listHistoryRevisions } from '../../core/store/history.js';
import { readVerifiedPlanFile } from '../../core/store/plan-file.js';
import { exitCodes, type CliContext } from '../cli-io.js';
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

/** Check a plan file against this data folder's trusted keys and highest revision; read-only. */
export const verifyCommand: Command = {
  options: { ...dataDirOption },
  async run(parsed, context) {
    const dataDir = requireDataDir(parsed, context);
    const layout = dataDirLayout(dataDir);
    const [file] = parsed.positionals;
    const path = file === undefined ? layout.planFile : resolvePath(file, context);
    try {
      const trust = await loadTrustStore(dataDir);
      const verified = await readVerifiedPlanFile(path, (keyid) => trust.lookup(keyid));
      const { signed } = verified;
      const highest = Math.max(0, ...(await listHistoryRevisions(layout)));
      const current = await readVerifiedPlanFile(layout.planFile, (keyid) => trust.lookup(keyid)).catch(() => undefined);
      const samePlan = current === undefined || current.signed.planId === signed.planId;
      if (!samePlan) context.io.out(context.t('cli.verifyOtherPlan', { planId: signed.planId }));
      if (samePlan && signed.revision < highest) {
        throw new DraaiboekError('ROLLBACK', 'older revision', { revision: signed.revision, highest });
      }
      context.io.out(
        context.t('cli.verifyValid', {
          revision: signed.revision,
          savedAt: signed.savedAt,
          fingerprint: signerLabel(verified.signerKeyid, undefined),
          signer: trust.lookup(verified.signerKeyid)?.name ?? '?',
        }),
      );
      return exitCodes.ok;
    } catch (error) {
      if (error instanceof DraaiboekError) return fail(error, context);
      throw error;
    }
  },
};
