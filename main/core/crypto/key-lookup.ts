import type { KeyObject } from 'node:crypto';
import type { PublicKeyInfo } from './envelope.js';
import { publicKeyFromRaw } from './keys.js';

/**
 * A lookup over stored keys (base64 raw public keys by key id) that turns each into a key object once, on its
 * first use: a plan check asks for the same few keys for every signature it verifies.
 */
export function keyLookupOver<Entry extends { readonly publicKey: string }, Info extends PublicKeyInfo>(
  entries: ReadonlyMap<string, Entry>,
  describe: (entry: Entry, publicKey: KeyObject) => Info,
): (keyid: string) => Info | undefined {
  const keyObjects = new Map<string, KeyObject>();
  return (keyid) => {
    const entry = entries.get(keyid);
    if (entry === undefined) return undefined;
    let publicKey = keyObjects.get(keyid);
    if (publicKey === undefined) {
      publicKey = publicKeyFromRaw(Buffer.from(entry.publicKey, 'base64'));
      keyObjects.set(keyid, publicKey);
    }
    return describe(entry, publicKey);
  };
}
