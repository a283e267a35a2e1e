import { describe, expect, it } from 'vitest';
import { initialGuiPassphrase } from './gui-passphrase.js';
import { refusedSwitches } from './refused-switches.js';
import { shellLocks } from './shell-locks.js';

const playwrightArgv = ['/opt/Draaiboek/draaiboek', '--inspect=0', '--remote-debugging-port=0', '--data-dir', '/tmp/d'];
const env = { DRAAIBOEK_PASSPHRASE: 'geheim' };

describe('what a build lets in from outside', () => {
  it('a shipping packaged build refuses debugging switches and ignores DRAAIBOEK_PASSPHRASE', () => {
    const locks = shellLocks(true, false);
    expect(locks).toEqual({ refusesOutsideControl: true, passphraseFromEnvironment: false });
    expect(refusedSwitches(playwrightArgv, locks.refusesOutsideControl)).toEqual(['--inspect=0', '--remote-debugging-port=0']);
    expect(initialGuiPassphrase(env, !locks.passphraseFromEnvironment)).toBeUndefined();
  });

  it('the test-only packaged build lets Playwright drive it and takes the passphrase from the environment', () => {
    const locks = shellLocks(true, true);
    expect(locks).toEqual({ refusesOutsideControl: false, passphraseFromEnvironment: true });
    expect(refusedSwitches(playwrightArgv, locks.refusesOutsideControl)).toEqual([]);
    expect(initialGuiPassphrase(env, !locks.passphraseFromEnvironment)).toBe('geheim');
  });

  it('a development build is open either way', () => {
    expect(shellLocks(false, false)).toEqual({ refusesOutsideControl: false, passphraseFromEnvironment: true });
    expect(shellLocks(false, true)).toEqual({ refusesOutsideControl: false, passphraseFromEnvironment: true });
  });
});
