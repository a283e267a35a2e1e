import type { SecretProtector } from './crypto/key-protection.js';

/**
 * What only the host can do, handed to the core: the Electron shell implements it with safeStorage and
 * dialogs, the CLI with a passphrase, the e2e bridge with test doubles. The core never imports electron.
 */
export interface Platform {
  /** How this device's private key is protected at rest. Asked for only when the key is needed. */
  secretProtector(): Promise<SecretProtector>;
  /** The name shown beside this device's key fingerprint. */
  deviceName(): string;
  now(): Date;
}
