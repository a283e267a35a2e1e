import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isDraaiboekError } from '../../../shared/errors.js';
import type { SecretProtector } from '../crypto/key-protection.js';
import { testKeystorePlatform } from '../test-support/test-key-store.js';
import { chooseSecretProtector } from './device-key-protection.js';

const PASSPHRASE = 'een lange wachtzin voor de stick';

function sources(options: { portable: boolean; osKeyStore: boolean; passphrase?: string }) {
  let osAsked = 0;
  return {
    asked: () => osAsked,
    portable: options.portable,
    async osKeyStore(): Promise<SecretProtector | undefined> {
      osAsked += 1;
      return options.osKeyStore ? testKeystorePlatform().secretProtector() : undefined;
    },
    passphrase: () => options.passphrase,
  };
}

describe('chooseSecretProtector', () => {
  it('uses the OS key store of an installed app where there is a real one', async () => {
    expect((await chooseSecretProtector(sources({ portable: false, osKeyStore: true }))).kind).toBe('os-keystore');
  });

  it('never seals a stick\'s key in the laptop\'s key store: the passphrase protects it, and it opens again', async () => {
    const choice = sources({ portable: true, osKeyStore: true, passphrase: PASSPHRASE });
    const protector = await chooseSecretProtector(choice);
    expect(protector.kind).toBe('passphrase');
    expect(choice.asked()).toBe(0);
    const secret = randomBytes(32);
    const sealed = await protector.protect(secret);
    expect(sealed.kind).toBe('passphrase');
    expect(await protector.unprotect(sealed)).toEqual(secret);
  });

  it('asks for the passphrase on a stick even where the laptop has a key store', async () => {
    const error = await chooseSecretProtector(sources({ portable: true, osKeyStore: true })).catch((caught: unknown) => caught);
    expect(isDraaiboekError(error) && error.code).toBe('KEY_PASSPHRASE_REQUIRED');
  });

  it('falls back to the passphrase where the OS has no key store, and asks for one when none was given', async () => {
    expect((await chooseSecretProtector(sources({ portable: false, osKeyStore: false, passphrase: PASSPHRASE }))).kind).toBe('passphrase');
    const error = await chooseSecretProtector(sources({ portable: false, osKeyStore: false })).catch((caught: unknown) => caught);
    expect(isDraaiboekError(error) && error.code).toBe('KEY_PASSPHRASE_REQUIRED');
  });
});
