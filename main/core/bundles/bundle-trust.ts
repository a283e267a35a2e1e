import { loadTrustStore, type TrustStore } from '../crypto/trust-store.js';
import type { BundleTrust } from './open-bundle.js';

/**
 * The folder's trust as a bundle check needs it: who is trusted now, and who was trusted once and removed.
 * Given an open folder, its protected trust; given only a path (inspecting a bundle), trust.json as written.
 */
export async function bundleTrustOf(source: string | { trust(): Promise<TrustStore> }): Promise<BundleTrust> {
  const trust = typeof source === 'string' ? await loadTrustStore(source) : await source.trust();
  const removed = new Set(trust.signers.filter((signer) => signer.removedAt !== undefined).map((signer) => signer.keyid));
  return { lookup: (keyid) => trust.lookup(keyid), removed };
}
