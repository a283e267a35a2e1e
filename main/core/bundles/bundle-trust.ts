import { loadTrustStore } from '../crypto/trust-store.js';
import type { BundleTrust } from './open-bundle.js';

/** The folder's trust as a bundle check needs it: who is trusted now, and who was trusted once and removed. */
export async function bundleTrustOf(dataDir: string): Promise<BundleTrust> {
  const trust = await loadTrustStore(dataDir);
  const removed = new Set(trust.signers.filter((signer) => signer.removedAt !== undefined).map((signer) => signer.keyid));
  return { lookup: (keyid) => trust.lookup(keyid), removed };
}
