import { DraaiboekError } from '../../shared/errors.js';
import { createPassphraseProtector, type SecretProtector } from '../core/crypto/key-protection.js';
import type { ConfirmRequest, Platform } from '../core/platform.js';
import type { CliContext } from './cli-io.js';

/**
 * The CLI's Platform: the private key is protected by a passphrase from DRAAIBOEK_PASSPHRASE or typed at a
 * prompt. A new key asks twice, so a typo cannot lock the user out of their own key.
 */
/** What the user said on the command line: in the CLI, flags are the user's own word. */
export interface CliAnswers {
  /** --trust: trust an unknown signer after comparing its fingerprint. */
  readonly trust?: boolean;
  /** --trust-name-collision: trust it even though a trusted signer already goes by its name. */
  readonly trustNameCollision?: boolean;
  /** --no-encrypt: write the bundle unencrypted. */
  readonly unencrypted?: boolean;
}

function answerOf(answers: CliAnswers, request: ConfirmRequest): boolean {
  switch (request.kind) {
    case 'trust-signer':
      return request.sameName === undefined ? answers.trust === true : answers.trustNameCollision === true;
    case 'export-unencrypted':
      return answers.unencrypted === true;
    case 'encryption-at-rest':
      // The CLI turns this with its own `encryption on|off` command, the user's word itself; it is never asked.
      return false;
    case 'kit-readable-personal-data':
      // The CLI's kit carries no documents, so there is nothing readable to agree to.
      return false;
  }
}

export function createCliPlatform({ io, t }: CliContext, purpose: 'unlock' | 'create', answers: CliAnswers = {}): Platform {
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
    // Never the OS account: that would put a login name on every stick. `init --name` sets the real one.
    deviceName() {
      return io.env['DRAAIBOEK_DEVICE_NAME'] ?? t('cli.unnamedDevice');
    },
    now: () => io.now(),
    confirm: (request) => Promise.resolve(answerOf(answers, request)),
  };
}
