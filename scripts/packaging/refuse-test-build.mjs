// electron-builder's beforePack hook of the shipping configuration: refuses to package a main bundle built as
// the test-only app (DRAAIBOEK_TEST_BUILD=1, which lets debugging switches through and reads the passphrase from
// the environment). Only the unfused test profile, which writes to its own folder, switches this hook off.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The marker's compiled value in the built main bundle, or undefined when it cannot be told. */
export function compiledTestBuildMarker(mainCode) {
  const values = [...mainCode.matchAll(/shellLocks\(\s*[\w$.]+\.isPackaged\s*,\s*(true|false|!0|!1)\s*\)/g)].map((match) => match[1] === 'true' || match[1] === '!0');
  if (values.length === 0 || values.some((value) => value !== values[0])) return undefined;
  return values[0];
}

export default async function refuseTestBuild(context) {
  const mainFile = join(context.packager.projectDir, 'out', 'main', 'index.js');
  const marker = compiledTestBuildMarker(await readFile(mainFile, 'utf8'));
  if (marker === false) return;
  throw new Error(
    marker === true
      ? `${mainFile} is the test-only build (built with DRAAIBOEK_TEST_BUILD=1): rebuild without it before packaging for shipping`
      : `cannot tell whether ${mainFile} is a shipping build: the call shellLocks(app.isPackaged, <marker>) is missing`,
  );
}
