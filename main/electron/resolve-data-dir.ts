import { resolve } from 'node:path';
import { dataFolderLocation, type DataFolderLocation } from '../core/data-dir/data-folder-location.js';

/** The value of `--name VALUE` or `--name=VALUE` on a command line; undefined when absent or empty. */
function optionValue(argv: readonly string[], name: string): string | undefined {
  const flagIndex = argv.indexOf(name);
  const value = flagIndex >= 0 ? argv[flagIndex + 1] : argv.find((arg) => arg.startsWith(`${name}=`))?.slice(name.length + 1);
  return value === undefined || value === '' ? undefined : value;
}

/**
 * Where this start keeps its data: `--data-dir DIR`, then DRAAIBOEK_DATA_DIR, then a stick beside the program,
 * then Electron's userData folder (see data-folder-location).
 */
export function resolveDataFolder(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  userData: string,
  program: { readonly execPath: string; readonly platform: NodeJS.Platform; readonly cwd: string } = {
    execPath: process.execPath,
    platform: process.platform,
    cwd: process.cwd(),
  },
): DataFolderLocation {
  return dataFolderLocation({ ...program, env, userData, dataDirOption: optionValue(argv, '--data-dir') });
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
