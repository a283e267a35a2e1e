import { resolve } from 'node:path';

/** `--data-dir DIR` wins, then DRAAIBOEK_DATA_DIR, then Electron's userData folder. */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, userData: string): string {
  const flagIndex = argv.indexOf('--data-dir');
  const fromFlag = flagIndex >= 0 ? argv[flagIndex + 1] : argv.find((arg) => arg.startsWith('--data-dir='))?.slice(11);
  const chosen = fromFlag ?? env['DRAAIBOEK_DATA_DIR'];
  return chosen === undefined || chosen === '' ? userData : resolve(chosen);
}
