export function secretsOrSkip(
  env: Readonly<Record<string, string | undefined>>,
  what: string,
  names: readonly string[],
  log?: (line: string) => void,
): Record<string, string> | undefined;
