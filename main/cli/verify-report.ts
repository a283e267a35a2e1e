import type { DraaiboekError } from '../../shared/errors.js';
import { translateRuntime } from '../../shared/i18n/index.js';
import { MAX_PLAN_FILE_BYTES } from '../core/store/plan-file.js';
import { readUntrustedJsonFile } from '../core/safe-json/index.js';
import type { CliContext } from './cli-io.js';
import { signerLabel } from './open-for-cli.js';

/** What a plan file says about itself, with whether a valid signature by a trusted key vouches for it. */
export interface PlanFileFacts {
  readonly revision?: number;
  readonly keyid?: string;
  readonly confirmed: boolean;
}

const KEYID = /^[0-9a-f]{64}$/;

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/**
 * The revision and signer a refused file names, read with the same guards as any untrusted file (size cap,
 * strict UTF-8, depth cap, no prototype or duplicate keys) but without trusting them: the user learns what
 * the file claims, marked as unconfirmed, and what cannot be read at all.
 */
export async function readClaimedFacts(path: string): Promise<PlanFileFacts> {
  let raw: unknown;
  try {
    raw = await readUntrustedJsonFile(path, { maxBytes: MAX_PLAN_FILE_BYTES });
  } catch {
    return { confirmed: false };
  }
  const revision = field(field(raw, 'signed'), 'revision');
  const signatures = field(raw, 'signatures');
  const keyid = Array.isArray(signatures) ? field(signatures[0], 'keyid') : undefined;
  return {
    ...(typeof revision === 'number' && Number.isSafeInteger(revision) && revision > 0 ? { revision } : {}),
    ...(typeof keyid === 'string' && KEYID.test(keyid) ? { keyid } : {}),
    confirmed: false,
  };
}

/** `verify`'s report of a refused file: the reason, then the revision and the signer, or why they are unknown. */
export function printRefusal(
  error: DraaiboekError,
  facts: PlanFileFacts,
  trustedName: (keyid: string) => string | undefined,
  { io, t }: CliContext,
): void {
  io.out(t('cli.verifyInvalid', { reason: translateRuntime(t, `error.${error.code}`, error.params) }));
  if (facts.revision === undefined) io.out(t('cli.verifyRevisionUnreadable'));
  else io.out(t(facts.confirmed ? 'cli.verifyRevision' : 'cli.verifyRevisionUnconfirmed', { revision: facts.revision }));
  if (facts.keyid === undefined) {
    io.out(t('cli.verifySignerUnreadable'));
    return;
  }
  const name = trustedName(facts.keyid);
  const signer = signerLabel(facts.keyid, name);
  if (name === undefined) io.out(t('cli.verifySignerUntrusted', { signer }));
  else io.out(t(facts.confirmed ? 'cli.verifySigner' : 'cli.verifySignerUnconfirmed', { signer }));
}
