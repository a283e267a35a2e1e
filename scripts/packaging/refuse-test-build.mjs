// electron-builder's beforePack hook of the shipping configuration: refuses to package a main bundle built as
// the test-only app (DRAAIBOEK_TEST_BUILD=1, which lets debugging switches through and reads the passphrase from
// the environment). Only the unfused test profile, which writes to its own folder, switches this hook off.
// Plain JavaScript, as electron-builder loads its hooks; the packaging check reads the marker through the same
// function (scripts/packaging/test-build-marker.ts).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseAst } from 'vite';

function isPackagedRead(node) {
  return node?.type === 'MemberExpression' && node.property?.type === 'Identifier' && node.property.name === 'isPackaged';
}

/**
 * The marker's compiled value in a built main bundle: the literal the bundler put in its place as the second
 * argument of the call that takes `app.isPackaged` first (`shellLocks(app.isPackaged, false)`). Undefined when
 * no such call is found (the main bundle changed shape), or two disagree, so a check that expects `false`
 * fails then too.
 */
export function testBuildMarkerIn(code, parse = parseAst) {
  const found = [];
  const visit = (node) => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    if (node.type === 'CallExpression') {
      const [first, second] = node.arguments ?? [];
      if (isPackagedRead(first) && second?.type === 'Literal' && typeof second.value === 'boolean') found.push(second.value);
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'type') visit(value);
  };
  visit(parse(code));
  return found.length > 0 && found.every((value) => value === found[0]) ? found[0] : undefined;
}

export default async function refuseTestBuild(context) {
  const mainFile = join(context.packager.projectDir, 'out', 'main', 'index.js');
  const marker = testBuildMarkerIn(await readFile(mainFile, 'utf8'));
  if (marker === false) return;
  throw new Error(
    marker === true
      ? `${mainFile} is the test-only build (built with DRAAIBOEK_TEST_BUILD=1): rebuild without it before packaging for shipping`
      : `cannot tell whether ${mainFile} is a shipping build: the call shellLocks(app.isPackaged, <marker>) is missing`,
  );
}
