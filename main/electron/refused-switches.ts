/**
 * Command-line switches that would let another program steer or read the app from outside: a debugger port or
 * pipe, Node's inspector, V8 flags, or Chromium without its sandbox. Electron's fuses cover RunAsNode and
 * NODE_OPTIONS but none of these, so a packaged build refuses to start with them. A development build (and the
 * test-only packaged build, see shell-locks.ts) keeps them for debugging.
 */
const REFUSED = ['remote-debugging-port', 'remote-debugging-pipe', 'js-flags', 'no-sandbox'] as const;
const REFUSED_PREFIX = 'inspect';

/** Chromium reads `--name`, `-name` and (on Windows) `/name`, with or without `=value`, case-insensitively. */
function switchName(arg: string): string | undefined {
  const match = /^(?:--|-|\/)([A-Za-z][\w-]*)(?:=.*)?$/s.exec(arg);
  return match?.[1]?.toLowerCase();
}

/** The switches in argv that a locked build (shell-locks.ts) refuses, as they were given; empty for any other. */
export function refusedSwitches(argv: readonly string[], locked: boolean): string[] {
  if (!locked) return [];
  const refused: string[] = [];
  for (const arg of argv) {
    // Chromium and Node read no switches after a lone `--`.
    if (arg === '--') break;
    const name = switchName(arg);
    if (name === undefined) continue;
    if ((REFUSED as readonly string[]).includes(name) || name.startsWith(REFUSED_PREFIX)) refused.push(arg);
  }
  return refused;
}
