/**
 * Where the app keeps the passphrase a user typed, for a device without an OS key store. Held in memory
 * only, never written; the platform reads it when the key is needed.
 */
export interface PassphraseBox {
  get(): string | undefined;
  set(passphrase: string | undefined): void;
}

export function createPassphraseBox(initial?: string): PassphraseBox {
  let value = initial === '' ? undefined : initial;
  return {
    get: () => value,
    set: (passphrase) => {
      value = passphrase === '' ? undefined : passphrase;
    },
  };
}
