import type { KeyLookup } from '../crypto/envelope.js';
import { loadSealKeys } from '../crypto/seal-key-store.js';
import type { OpenedDataDir } from '../data-dir/open-data-dir.js';

/**
 * Where this laptop finds the key of an approval's seal: its own key and the signers it trusts, or else the seal
 * keys a trusted bundle vouched for, never a key removed from trust. For approval seals that came in signed (a
 * history revision restored, a value a verified bundle brought to a conflict) alone: seal-keys.json is not under
 * the protected state record, so nothing that checks a plan, a manifest, a crisis event or unsigned content may
 * use it.
 */
export async function approvalSealLookup(opened: OpenedDataDir): Promise<KeyLookup> {
  const [trust, sealKeys] = await Promise.all([opened.trust(), loadSealKeys(opened.dataDir)]);
  const removed = new Set(trust.signers.filter((signer) => signer.removedAt !== undefined).map((signer) => signer.keyid));
  return (keyid) => opened.lookup(keyid) ?? (removed.has(keyid) ? undefined : sealKeys.lookup(keyid));
}
