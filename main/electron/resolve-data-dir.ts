import { resolve } from 'node:path';

/** The value of `--name VALUE` or `--name=VALUE` on a command line; undefined when absent or empty. */
function optionValue(argv: readonly string[], name: string): string | undefined {
  const flagIndex = argv.indexOf(name);
  const value = flagIndex >= 0 ? argv[flagIndex + 1] : argv.find((arg) => arg.startsWith(`${name}=`))?.slice(name.length + 1);
  return value === undefined || value === '' ? undefined : value;
}

/** `--data-dir DIR` wins, then DRAAIBOEK_DATA_DIR, then Electron's userData folder. */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, userData: string): string {
  const chosen = optionValue(argv, '--data-dir') ?? env['DRAAIBOEK_DATA_DIR'];
  return chosen === undefined || chosen === '' ? userData : resolve(chosen);
}

/**
 * The folder named by `--user-data-dir`, absolute, or undefined. Main makes it Electron's userData path itself
 * before the single-instance lock, which is keyed on that folder, rather than rely on how each Electron
 * version treats the switch: two apps started with their own folders (tests, a second profile) then neither
 * share the window state nor refuse each other.
 */
export function userDataDirFromArgv(argv: readonly string[], cwd: string): string | undefined {
  const chosen = optionValue(argv, '--user-data-dir');
  return chosen === undefined ? undefined : resolve(cwd, chosen);
}
