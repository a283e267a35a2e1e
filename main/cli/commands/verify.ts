import { DraaiboekError, type ErrorCode } from '../../../shared/errors.js';
import { translateRuntime } from '../../../shared/i18n/index.js';
import type { KeyLookup, VerifiedPlanFile } from '../../core/store/plan-file.js';
import { openDataDir } from '../../core/data-dir/open-data-dir.js';
import { dataDirLayout } from '../../core/store/data-dir-layout.js';
import { readVerifiedPlanFile } from '../../core/store/plan-file.js';
import { exitCodes, type CliContext } from '../cli-io.js';
import { createCliPlatform } from '../cli-platform.js';
import { dataDirOption, requireDataDir, resolvePath } from '../command-options.js';
import type { Command } from '../run-cli.js';
import { signerLabel } from '../open-for-cli.js';
import { printRefusal, readClaimedFacts, type PlanFileFacts } from '../verify-report.js';

function exitCodeFor(code: ErrorCode): number {
  if (code === 'SIGNER_UNKNOWN') return exitCodes.unknownSigner;
  if (code === 'ROLLBACK') return exitCodes.rollback;
  if (code === 'FILE_NOT_FOUND' || code === 'KEY_MISSING' || code === 'USAGE') return exitCodes.usage;
  return exitCodes.invalid;
}

/** Say why the file is refused, with the revision and signer it names (confirmed or not) or why they are unknown. */
async function fail(
  error: DraaiboekError,
  path: string,
  verified: VerifiedPlanFile | undefined,
  lookup: KeyLookup | undefined,
  context: CliContext,
): Promise<number> {
  if (error.code === 'FILE_NOT_FOUND' || error.code === 'KEY_MISSING') {
    // Nothing to report on: a wrong path or folder, told like any other usage error.
    context.io.err(`draaiboek: ${translateRuntime(context.t, `error.${error.code}`, error.params)}`);
    return exitCodes.usage;
  }
  const facts: PlanFileFacts =
    verified === undefined ? await readClaimedFacts(path) : { revision: verified.signed.revision, keyid: verified.signerKeyid, confirmed: true };
  printRefusal(error, facts, (keyid) => lookup?.(keyid)?.name, context);
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
    let lookup: KeyLookup | undefined;
    let verified: VerifiedPlanFile | undefined;
    try {
      const opened = await openDataDir(dataDir, createCliPlatform(context, 'unlock'), 'read');
      const { planId, highestRevision: highest } = opened.state.value;
      const status = opened.store.status;
      await opened.close();
      lookup = opened.lookup;
      // The folder's own plan was just read and verified by the opening: not read a second time.
      verified = file === undefined && status.state === 'ready' ? status.file : await readVerifiedPlanFile(path, opened.lookup, opened.atRest());
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
      if (error instanceof DraaiboekError) return fail(error, path, verified, lookup, context);
      throw error;
    }
  },
};
