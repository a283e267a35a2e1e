// Signing secrets come from the environment of the build machine (a CI secret store), never from a file in
// the repository. Without them a build is unsigned, and says so in one line.
/**
 * The named variables' values, or undefined (after one line on the log) when any is missing or empty.
 * @param {Record<string, string | undefined>} env
 * @param {string} what what would have been done, e.g. "Windows code signing"
 * @param {readonly string[]} names
 * @param {(line: string) => void} log
 * @returns {Record<string, string> | undefined}
 */
export function secretsOrSkip(env, what, names, log = (line) => console.log(line)) {
  const missing = names.filter((name) => env[name] === undefined || env[name] === '');
  if (missing.length > 0) {
    log(`  • ${what} skipped: ${missing.join(', ')} not set`);
    return undefined;
  }
  return Object.fromEntries(names.map((name) => [name, env[name]]));
}
