import { fingerprintOf } from '../core/crypto/keys.js';
import { translateRuntime } from '../../shared/i18n/index.js';
import { openDataDir, type OpenedDataDir } from '../core/data-dir/open-data-dir.js';
import { CliExit, exitCodes, type CliContext } from './cli-io.js';
import { createCliPlatform, type CliAnswers } from './cli-platform.js';

/**
 * Open a data folder for a command. When the store refused the plan, say why, where the file went and how to
 * restore the last good revision, then fail: a command never works on a plan it cannot trust.
 */
export async function openForCli(
  dataDir: string,
  context: CliContext,
  mode: 'write' | 'read',
  options: { allowRefused?: boolean; answers?: CliAnswers } = {},
): Promise<OpenedDataDir> {
  const opened = await openDataDir(dataDir, createCliPlatform(context, 'unlock', options.answers), mode);
  const status = opened.store.status;
  for (const ignored of opened.ignoredTrustEntries) {
    context.io.err(context.t('cli.trustIgnored', { fingerprint: fingerprintOf(ignored.keyid), name: ignored.name }));
  }
  if (status.state === 'ready' && status.file.migratedFrom !== undefined) {
    context.io.err(context.t('cli.migrated', { from: status.file.migratedFrom }));
  }
  if (status.state !== 'refused' || options.allowRefused === true) return opened;
  const { refusal } = status;
  const { t, io } = context;
  const reasonKey = `error.${refusal.code}` as const;
  io.err(t('cli.refused', { reason: translateRuntime(t, reasonKey, refusal.params) }));
  if (refusal.movedTo !== undefined) io.err(t('cli.refusedMoved', { movedTo: refusal.movedTo }));
  if (refusal.lastGood !== undefined) {
    io.err(t('cli.refusedLastGood', { ...refusal.lastGood, dataDir }));
  } else {
    io.err(t('cli.refusedNoGood'));
  }
  await opened.close();
  throw new CliExit(exitCodes.failure);
}

export function signerLabel(keyid: string, name: string | undefined): string {
  return name === undefined ? fingerprintOf(keyid) : `${fingerprintOf(keyid)} (${name})`;
}
