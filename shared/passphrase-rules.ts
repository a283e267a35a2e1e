/**
 * How long a passphrase must be, for the page's hints and for main's checks alike. A bundle's passphrase guards
 * a file that may be lost on a stick; the device key's guards the key every plan is signed with, for years.
 * Reading (an import, unlocking a key made earlier) never applies them: what was made before still opens.
 */
export const MIN_BUNDLE_PASSPHRASE_LENGTH = 10;
export const MIN_KEY_PASSPHRASE_LENGTH = 12;

/** Counted in characters as a person types them, not in UTF-16 units. */
export function passphraseLength(passphrase: string): number {
  return [...passphrase.normalize('NFC')].length;
}
