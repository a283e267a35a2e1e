import { safeStorage } from 'electron';
import { hostname, userInfo } from 'node:os';
import { DraaiboekError } from '../../shared/errors.js';
import {
  createOsKeystoreProtector,
  createPassphraseProtector,
  type SecretProtector,
} from '../core/crypto/key-protection.js';
import type { Platform } from '../core/platform.js';

/**
 * The key is protected by the OS key store through safeStorage. Where the OS offers no real key store (Linux
 * without a secret service falls back to a hard-coded key), it is never stored that way: a passphrase is used.
 */
export function createElectronPlatform(env: NodeJS.ProcessEnv): Platform {
  return {
    async secretProtector(): Promise<SecretProtector> {
      const realKeyStore =
        safeStorage.isEncryptionAvailable() &&
        (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text');
      if (realKeyStore) {
        return createOsKeystoreProtector(
          (plain) => safeStorage.encryptString(plain.toString('base64')),
          (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'base64'),
        );
      }
      const passphrase = env['DRAAIBOEK_PASSPHRASE'];
      if (passphrase === undefined || passphrase === '') {
        throw new DraaiboekError('KEY_PASSPHRASE_REQUIRED', 'no OS key store and no passphrase');
      }
      return createPassphraseProtector(passphrase);
    },
    deviceName: () => `${userInfo().username}@${hostname()}`,
    now: () => new Date(),
  };
}
