import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The Electron binary `require('electron')` would return, when it is really installed. Worked out the same
 * way the package does it (path.txt beside its package.json, or ELECTRON_OVERRIDE_DIST_PATH), but without
 * calling it: where the binary is missing, `require('electron')` starts a download, and the tests make no
 * network requests.
 */
export function electronBinary(env: NodeJS.ProcessEnv = process.env): string | undefined {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return undefined;
  }
  const pathFile = join(packageDir, 'path.txt');
  const relativePath = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];
  const binary =
    override !== undefined && override !== ''
      ? join(override, relativePath ?? 'electron')
      : relativePath === undefined
        ? undefined
        : join(packageDir, 'dist', relativePath);
  return binary !== undefined && existsSync(binary) ? binary : undefined;
}

export const NO_ELECTRON_REASON =
  'The Electron binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD): the chromium project runs these specs on the same services.';

export const PACKAGED_EXECUTABLE_ENV = 'DRAAIBOEK_E2E_PACKAGED_EXECUTABLE';

/**
 * The packaged app's executable the electron project drives instead of Electron with out/main, when the
 * packaging check names one (the test-only build: see scripts/packaging). Named but missing is an error, not a
 * quiet fall-back to the development build.
 */
export function packagedExecutable(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const named = env[PACKAGED_EXECUTABLE_ENV];
  if (named === undefined || named === '') return undefined;
  if (!existsSync(named)) throw new Error(`${PACKAGED_EXECUTABLE_ENV} names ${named}, which does not exist`);
  return named;
}
