import { DraaiboekError } from '../../../shared/errors.js';
import { fingerprintOf } from '../crypto/keys.js';
import { loadTrustStore, type TrustedSigner, type TrustStore } from '../crypto/trust-store.js';
import { confirmWithUser, type ConfirmRequest } from '../platform.js';
import type { OpenedDataDir } from '../data-dir/open-data-dir.js';
import type { SignerView } from './analyse-import.js';
import type { BundleTrust } from './open-bundle.js';

/** Where trust is read from: an open folder's protected trust, or (inspecting a bundle) trust.json as written. */
type TrustSource = string | { trust(): Promise<TrustStore> };

function trustOf(source: TrustSource): Promise<TrustStore> {
  return typeof source === 'string' ? loadTrustStore(source) : source.trust();
}

/** The folder's trust as a bundle check needs it: who is trusted now, and who was trusted once and removed. */
export async function bundleTrustOf(source: TrustSource): Promise<BundleTrust> {
  const trust = await trustOf(source);
  const removed = new Set(trust.signers.filter((signer) => signer.removedAt !== undefined).map((signer) => signer.keyid));
  return { lookup: (keyid) => trust.lookup(keyid), removed };
}

/** Names as a reader tells them apart: case, width, spacing and invisible marks do not make a name another. */
function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\p{Cf}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('nl');
}

/** A trusted signer (not removed) with another key that goes by the same name. */
function sameNameSigner(signers: readonly TrustedSigner[], signer: SignerView): TrustedSigner | undefined {
  if (signer.name === undefined) return undefined;
  const wanted = nameKey(signer.name);
  return signers.find((candidate) => candidate.removedAt === undefined && candidate.keyid !== signer.keyid && nameKey(candidate.name) === wanted);
}

/** What the user is asked before a bundle's signer is trusted: its name and fingerprint, and any namesake. */
export async function trustRequestFor(source: TrustSource, signer: SignerView): Promise<Extract<ConfirmRequest, { kind: 'trust-signer' }>> {
  const namesake = sameNameSigner((await trustOf(source)).signers, signer);
  return {
    kind: 'trust-signer',
    signer: { name: signer.name ?? '?', fingerprint: signer.fingerprint },
    ...(namesake === undefined ? {} : { sameName: { name: namesake.name, fingerprint: fingerprintOf(namesake.keyid) } }),
  };
}

/**
 * Whether an untrusted signer becomes trusted: only on the user's own word, asked by main with the fingerprint.
 * A key that takes the name of one already trusted is refused with both fingerprints unless the user confirms
 * that very collision; a plain "no" leaves the signer unknown.
 */
export async function decideSignerTrust(opened: OpenedDataDir, signer: SignerView): Promise<boolean> {
  if (signer.trusted) return false;
  const request = await trustRequestFor(opened, signer);
  const yes = await confirmWithUser(opened.platform, request);
  if (!yes && request.sameName !== undefined) {
    throw new DraaiboekError('SIGNER_NAME_TAKEN', 'a trusted signer already has this name', {
      name: request.signer.name,
      fingerprint: request.signer.fingerprint,
      trustedName: request.sameName.name,
      trustedFingerprint: request.sameName.fingerprint,
    });
  }
  return yes;
}
