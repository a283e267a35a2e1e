import { BUNDLE_EXTENSION } from '../../shared/plan/vocabularies.js';
import { normaliseOpenedArgument } from './normalise-opened-argument.js';

/** The part of Electron's `app` this module listens to, so a test can stand in for it. */
export interface OpenFileSource {
  on(event: 'open-file', listener: (event: { preventDefault(): void }, path: string) => void): unknown;
  on(event: 'second-instance', listener: (event: unknown, argv: string[], workingDirectory: string) => void): unknown;
}

/** Options that take the next argument as their value: that value is never a file to open. */
const OPTIONS_WITH_VALUE = new Set(['--data-dir', '--user-data-dir']);

/**
 * Absolute paths of bundle files on a command line (Windows and Linux hand a double-clicked file over this
 * way), resolved against the working folder of the process that was started with it.
 */
export function bundlePathsFromArgv(argv: readonly string[], workingDirectory: string, platform: NodeJS.Platform = process.platform): string[] {
  const paths: string[] = [];
  argv.forEach((arg, index) => {
    if (arg.startsWith('-') || OPTIONS_WITH_VALUE.has(argv[index - 1] ?? '')) return;
    const path = normaliseOpenedArgument(arg, workingDirectory, platform);
    if (path !== undefined && path.toLowerCase().endsWith(BUNDLE_EXTENSION)) paths.push(path);
  });
  return paths;
}

/** Bundle files the OS asked the app to open, waiting until the page asks for them; oldest first. */
export interface OpenedFileInbox {
  push(path: string): void;
  take(): string | undefined;
}

/** A few at most: a user double-clicking many bundles at once gets the latest ones. */
const MAX_WAITING = 8;

export function createOpenedFileInbox(): OpenedFileInbox {
  const waiting: string[] = [];
  return {
    push(path) {
      waiting.push(path);
      if (waiting.length > MAX_WAITING) waiting.shift();
    },
    take: () => waiting.shift(),
  };
}

/**
 * Collects bundle files opened with the app: on the first start's command line (relative to `cwd`), from a
 * second start (the single-instance lock hands its command line and working folder over) and from macOS's
 * open-file event. `announce` tells the page, which then asks for the file, and brings the window forward;
 * the path itself never crosses to the page.
 */
export function collectOpenedBundles(
  source: OpenFileSource,
  argv: readonly string[],
  cwd: string,
  inbox: OpenedFileInbox,
  announce: (path: string) => void,
): void {
  for (const path of bundlePathsFromArgv(argv.slice(1), cwd)) inbox.push(path);
  source.on('open-file', (event, path) => {
    event.preventDefault();
    if (!path.toLowerCase().endsWith(BUNDLE_EXTENSION)) return;
    inbox.push(path);
    announce(path);
  });
  source.on('second-instance', (_event, secondArgv, workingDirectory) => {
    for (const path of bundlePathsFromArgv(secondArgv.slice(1), workingDirectory)) {
      inbox.push(path);
      announce(path);
    }
  });
}
