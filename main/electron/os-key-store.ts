import type { SealFunction, UnsealFunction } from '../core/crypto/key-protection.js';

/**
 * The asynchronous half of Electron's safeStorage. The synchronous calls (isEncryptionAvailable,
 * encryptString, decryptString) are deprecated in Electron 45 and removed in 46: this is all the shell uses.
 */
export interface AsyncSafeStorage {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  getSelectedStorageBackend(): string;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }>;
}

/**
 * Whether the OS offers a real key store. Linux without a secret service makes safeStorage fall back to a
 * hard-coded key (`basic_text`): that is no key store. Asked after the async encryptor is initialised, which
 * is also when the backend is known.
 */
export async function hasRealKeyStore(storage: AsyncSafeStorage, platform: NodeJS.Platform = process.platform): Promise<boolean> {
  if (!(await storage.isAsyncEncryptionAvailable())) return false;
  return platform !== 'linux' || storage.getSelectedStorageBackend() !== 'basic_text';
}

/** Seal and unseal with safeStorage; the secret travels as base64, since safeStorage takes strings. */
export function osKeyStoreSealing(storage: AsyncSafeStorage): { seal: SealFunction; unseal: UnsealFunction } {
  return {
    seal: (plain) => storage.encryptStringAsync(plain.toString('base64')),
    async unseal(sealed) {
      const { result, shouldReEncrypt } = await storage.decryptStringAsync(sealed);
      return { plain: Buffer.from(result, 'base64'), reseal: shouldReEncrypt };
    },
  };
}
