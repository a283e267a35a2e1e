/**
 * What a build lets in from outside the app. A shipping packaged build refuses debugging switches and asks for
 * the key's passphrase in its own window. A development build and the test-only packaged build (made by the
 * packaging check so Playwright can drive the packaged app, never shipped) keep both open: Playwright starts
 * Electron with --inspect and --remote-debugging-port, and the specs hand the passphrase over in
 * DRAAIBOEK_PASSPHRASE.
 */
export interface ShellLocks {
  /** Debugger, V8-flag and no-sandbox switches make the app refuse to start. */
  readonly refusesOutsideControl: boolean;
  /** The passphrase may come from DRAAIBOEK_PASSPHRASE. */
  readonly passphraseFromEnvironment: boolean;
}

export function shellLocks(isPackaged: boolean, testBuild: boolean): ShellLocks {
  const locked = isPackaged && !testBuild;
  return { refusesOutsideControl: locked, passphraseFromEnvironment: !locked };
}
