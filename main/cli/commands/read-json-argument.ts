import { readUntrustedJsonFile } from '../../core/safe-json/safe-parse.js';

/** Files named on the command line are untrusted input like any other: same caps, same checks. */
export function readJsonArgument(path: string): Promise<unknown> {
  return readUntrustedJsonFile(path, { maxBytes: 128 * 1024 * 1024 });
}
