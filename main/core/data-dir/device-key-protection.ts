import { DraaiboekError } from '../../../shared/errors.js';
import { createPassphraseProtector, type SecretProtector } from '../crypto/key-protection.js';

export interface KeyProtectionSources {
  /** The data folder is on a stick (portable mode). */
  readonly portable: boolean;
  /** The OS key store's protector, or undefined where the OS offers no real key store. */
  osKeyStore(): Promise<SecretProtector | undefined>;
  /** The passphrase the user gave, if any. */
  passphrase(): string | undefined;
}

/**
 * How the device key is protected. A stick's key is always under a passphrase: the OS key store belongs to one
 * laptop and its user, so a key sealed there would not open on the borrowed laptop the stick is for. Elsewhere
 * the OS key store when it is real, else the passphrase; never the key unprotected.
 */
export async function chooseSecretProtector(sources: KeyProtectionSources): Promise<SecretProtector> {
  if (!sources.portable) {
    const osKeyStore = await sources.osKeyStore();
    if (osKeyStore !== undefined) return osKeyStore;
  }
  const passphrase = sources.passphrase();
  if (passphrase === undefined) {
    throw new DraaiboekError('KEY_PASSPHRASE_REQUIRED', sources.portable ? 'a portable data folder needs a passphrase' : 'no OS key store and no passphrase');
  }
  return createPassphraseProtector(passphrase);
}
