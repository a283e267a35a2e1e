import { listPackage } from '@electron/asar';
import { statSync } from 'node:fs';

/** What the app must carry: the built main process, the sandboxed preload, the page, and package.json. */
export const REQUIRED_IN_ASAR = ['/out/main/index.js', '/out/main/parse-worker.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/package.json'];

/**
 * The app's size budget. Today's asar is about 3.6 MB (main and the renderer bundled, no node_modules); the
 * budget leaves room to grow, and catches a stray folder (a dependency tree, test fixtures, a plan) at once.
 */
export const ASAR_BUDGET_BYTES = 8 * 1024 * 1024;

/** Files that belong to development only, by their path inside the asar. */
const DEVELOPMENT_ONLY: readonly { readonly pattern: RegExp; readonly what: string }[] = [
  { pattern: /\.map$/, what: 'source map' },
  { pattern: /(^|\/)[^/]+\.(test|spec)\.[cm]?[jt]sx?$/, what: 'test file' },
  { pattern: /(^|\/)(e2e|test-results|playwright-report|bench|__tests__)(\/|$)/, what: 'test folder' },
  { pattern: /(^|\/)\.env(\.[^/]*)?$/, what: '.env file' },
  { pattern: /(^|\/)node_modules\/\.cache(\/|$)/, what: 'node_modules/.cache' },
  { pattern: /\.(ts|tsx|mts|cts)$/, what: 'TypeScript source' },
];

export interface PackageManifest {
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly devDependencies?: Readonly<Record<string, string>>;
}

/** The package a path inside node_modules belongs to (`@scope/name` or `name`), for the outermost node_modules. */
function packageOf(path: string): string | undefined {
  const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/.][^/]*)/.exec(path);
  return match?.[1];
}

/**
 * What is wrong with a list of paths inside an app's asar: a required file missing, a file for development
 * only, or a package that is not a production dependency. Empty when the package is as it should be.
 */
export function asarProblems(paths: readonly string[], manifest: PackageManifest): string[] {
  const problems: string[] = [];
  const present = new Set(paths);
  for (const required of REQUIRED_IN_ASAR) if (!present.has(required)) problems.push(`missing ${required}`);
  const production = new Set(Object.keys(manifest.dependencies ?? {}));
  const development = new Set(Object.keys(manifest.devDependencies ?? {}));
  const reported = new Set<string>();
  for (const path of paths) {
    for (const { pattern, what } of DEVELOPMENT_ONLY) {
      if (pattern.test(path)) problems.push(`${what}: ${path}`);
    }
    const name = packageOf(path);
    if (name !== undefined && !production.has(name) && !reported.has(name)) {
      reported.add(name);
      problems.push(development.has(name) ? `devDependency in the app: ${name}` : `package that is no dependency: ${name}`);
    }
  }
  return problems;
}

/** The asar's problems, its size against the budget included. */
export function inspectAsar(asarPath: string, manifest: PackageManifest, budgetBytes = ASAR_BUDGET_BYTES): { paths: string[]; bytes: number; problems: string[] } {
  const paths = listPackage(asarPath, { isPack: false }).map((path) => path.replaceAll('\\', '/'));
  const bytes = statSync(asarPath).size;
  const problems = asarProblems(paths, manifest);
  if (bytes > budgetBytes) problems.push(`app.asar is ${bytes} bytes, over the budget of ${budgetBytes}`);
  return { paths, bytes, problems };
}

/** The fields of a freedesktop .desktop entry's [Desktop Entry] group. */
export function desktopEntryFields(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  let inGroup = false;
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('[')) inGroup = line.trim() === '[Desktop Entry]';
    else if (inGroup && line.includes('=')) fields.set(line.slice(0, line.indexOf('=')).trim(), line.slice(line.indexOf('=') + 1).trim());
  }
  return fields;
}
