import { isAbsolute, resolve, win32 } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A path the OS handed over on a command line, as an absolute path, or undefined when it names no local file.
 * A Linux desktop entry's `%U` may pass `file://` URLs, and a second start passes paths relative to its own
 * working folder, which is not the first instance's: both are resolved here, before anything is queued.
 */
export function normaliseOpenedArgument(arg: string, workingDirectory: string, platform: NodeJS.Platform = process.platform): string | undefined {
  if (/^file:/i.test(arg)) {
    try {
      return fileURLToPath(arg, { windows: platform === 'win32' });
    } catch {
      return undefined;
    }
  }
  // Any other scheme (http:, mailto:, a custom one) is no file; a Windows drive letter is not a scheme.
  if (/^[a-z][a-z0-9+.-]+:/i.test(arg)) return undefined;
  if (platform === 'win32') return win32.isAbsolute(arg) ? win32.normalize(arg) : win32.resolve(workingDirectory, arg);
  return isAbsolute(arg) ? resolve(arg) : resolve(workingDirectory, arg);
}
