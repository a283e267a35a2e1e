import { hostname, userInfo } from 'node:os';
import { DraaiboekError } from '../../shared/errors.js';
import { createPassphraseProtector, type SecretProtector } from '../core/crypto/key-protection.js';
import type { Platform } from '../core/platform.js';
import type { CliContext } from './cli-io.js';

/**
 * The CLI's Platform: the private key is protected by a passphrase from DRAAIBOEK_PASSPHRASE or typed at a
 * prompt. A new key asks twice, so a typo cannot lock the user out of their own key.
 */
export function createCliPlatform({ io, t }: CliContext, purpose: 'unlock' | 'create'): Platform {
  let protector: Promise<SecretProtector> | undefined;

  async function askPassphrase(): Promise<string> {
    const fromEnv = io.env['DRAAIBOEK_PASSPHRASE'];
    if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
    const first = await io.askSecret(t(purpose === 'create' ? 'cli.passphraseNewPrompt' : 'cli.passphrasePrompt'));
    if (first === undefined || first === '') {
      throw new DraaiboekError('KEY_PASSPHRASE_REQUIRED', 'no passphrase given');
    }
    if (purpose === 'create') {
      const again = await io.askSecret(t('cli.passphraseRepeatPrompt'));
      if (again !== first) throw new DraaiboekError('USAGE', 'passphrases differ', { detail: t('cli.passphraseMismatch') });
    }
    return first;
  }

  return {
    secretProtector() {
      protector ??= askPassphrase().then((passphrase) => createPassphraseProtector(passphrase));
      return protector;
    },
    deviceName() {
      return io.env['DRAAIBOEK_DEVICE_NAME'] ?? `${userInfo().username}@${hostname()}`;
    },
    now: () => io.now(),
  };
}
