import { DraaiboekError, type ErrorCode } from '../../../shared/errors.js';
import { loadTrustStore, type TrustStore } from '../../core/crypto/trust-store.js';
import { dataDirLayout } from '../../core/store/data-dir-layout.js';
import { listHistoryRevisions } from '../../core/store/history.js';
import { readVerifiedPlanFile, type VerifiedPlanFile } from '../../core/store/plan-file.js';
import { exitCodes, type CliContext } from '../cli-io.js';
import { dataDirOption, requireDataDir, resolvePath } from '../command-options.js';
import type { Command } from '../run-cli.js';
import { signerLabel } from '../open-for-cli.js';
import { printRefusal, readClaimedFacts, type PlanFileFacts } from '../verify-report.js';

function exitCodeFor(code: ErrorCode): number {
  if (code === 'SIGNER_UNKNOWN') return exitCodes.unknownSigner;
  if (code === 'ROLLBACK') return exitCodes.rollback;
  if (code === 'FILE_NOT_FOUND' || code === 'USAGE') return exitCodes.usage;
  return exitCodes.invalid;
}

/** Say why the file is refused, with the revision and signer it names (confirmed or not) or why they are unknown. */
async function fail(error: DraaiboekError, path: string, verified: VerifiedPlanFile | undefined, trust: TrustStore | undefined, context: CliContext): Promise<number> {
  if (error.code === 'FILE_NOT_FOUND') {
    // Nothing to report on: a wrong path or folder, told like any other usage error.
    context.io.err(`draaiboek: ${context.t('error.FILE_NOT_FOUND', error.params)}`);
    return exitCodes.usage;
  }
  const facts: PlanFileFacts =
    verified === undefined ? await readClaimedFacts(path) : { revision: verified.signed.revision, keyid: verified.signerKeyid, confirmed: true };
  printRefusal(error, facts, (keyid) => trust?.lookup(keyid)?.name, context);
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
    let trust: TrustStore | undefined;
    let verified: VerifiedPlanFile | undefined;
    try {
      trust = await loadTrustStore(dataDir);
      const trusted = trust;
      verified = await readVerifiedPlanFile(path, (keyid) => trusted.lookup(keyid));
      const { signed } = verified;
      const highest = Math.max(0, ...(await listHistoryRevisions(layout)));
      const current = await readVerifiedPlanFile(layout.planFile, (keyid) => trusted.lookup(keyid)).catch(() => undefined);
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
          signer: trusted.lookup(verified.signerKeyid)?.name ?? '?',
        }),
      );
      return exitCodes.ok;
    } catch (error) {
      if (error instanceof DraaiboekError) return fail(error, path, verified, trust, context);
      throw error;
    }
  },
};
