/**
 * The build-time marker of the test-only app (main/electron/test-build.ts). electron-vite sets it from this
 * environment variable; the packaging check sets the variable only to build the app its packaged e2e run
 * drives, and checks that every other build carries the marker `false`.
 */
export const TEST_BUILD_ENV = 'DRAAIBOEK_TEST_BUILD';

export function testBuildRequested(env: Readonly<Record<string, string | undefined>>): boolean {
  return env[TEST_BUILD_ENV] === '1';
}

interface Node {
  readonly type?: string;
  readonly [key: string]: unknown;
}

function isPackagedRead(node: Node | undefined): boolean {
  const property = node?.['property'] as Node | undefined;
  return node?.type === 'MemberExpression' && property?.type === 'Identifier' && property['name'] === 'isPackaged';
}

/**
 * The marker's compiled value in a built main bundle: the literal the bundler put in its place as the second
 * argument of the call that takes `app.isPackaged` first (`shellLocks(app.isPackaged, false)`). Undefined when
 * no such call is found (the main bundle changed shape), so a check that expects `false` fails then too.
 */
export function testBuildMarkerIn(code: string, parse: (code: string) => unknown): boolean | undefined {
  const found: boolean[] = [];
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    const n = node as Node;
    if (n.type === 'CallExpression') {
      const [first, second] = n['arguments'] as (Node | undefined)[];
      if (isPackagedRead(first) && second?.type === 'Literal' && typeof second['value'] === 'boolean') found.push(second['value']);
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'type') visit(value);
  };
  visit(parse(code));
  // Two calls that disagree would be a bundle nobody can reason about: treat it as unknown.
  return found.length > 0 && found.every((value) => value === found[0]) ? found[0] : undefined;
}
