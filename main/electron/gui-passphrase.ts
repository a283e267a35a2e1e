/**
 * The passphrase the app starts with. Only a development build takes it from DRAAIBOEK_PASSPHRASE: any other
 * process of the same user can read a process's environment (/proc/<pid>/environ), so a packaged app asks for
 * it in its own window instead (`locked`, see shell-locks.ts). The CLI and the tests keep the variable.
 */
export function initialGuiPassphrase(env: Readonly<Record<string, string | undefined>>, locked: boolean): string | undefined {
  if (locked) return undefined;
  const value = env['DRAAIBOEK_PASSPHRASE'];
  return value === undefined || value === '' ? undefined : value;
}
