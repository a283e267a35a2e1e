import { BUNDLE_EXTENSION } from '../core/bundles/bundle-format.js';

/** The part of Electron's `app` this module listens to, so a test can stand in for it. */
export interface OpenFileSource {
  on(event: 'open-file', listener: (event: { preventDefault(): void }, path: string) => void): unknown;
  on(event: 'second-instance', listener: (event: unknown, argv: string[]) => void): unknown;
}

/** Paths of bundle files on a command line (Windows and Linux hand a double-clicked file over this way). */
export function bundlePathsFromArgv(argv: readonly string[]): string[] {
  return argv.filter(
    (arg, index) => !arg.startsWith('-') && argv[index - 1] !== '--data-dir' && arg.toLowerCase().endsWith(BUNDLE_EXTENSION),
  );
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
 * Collects bundle files opened with the app: on the first start's command line, from a second start (the
 * single-instance lock hands its command line over) and from macOS's open-file event. `announce` tells the
 * page, which then asks for the file; the path itself never crosses to the page.
 */
export function collectOpenedBundles(source: OpenFileSource, argv: readonly string[], inbox: OpenedFileInbox, announce: (path: string) => void): void {
  for (const path of bundlePathsFromArgv(argv.slice(1))) inbox.push(path);
  source.on('open-file', (event, path) => {
    event.preventDefault();
    if (!path.toLowerCase().endsWith(BUNDLE_EXTENSION)) return;
    inbox.push(path);
    announce(path);
  });
  source.on('second-instance', (_event, secondArgv) => {
    for (const path of bundlePathsFromArgv(secondArgv.slice(1))) {
      inbox.push(path);
      announce(path);
    }
  });
}
