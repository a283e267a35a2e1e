import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import refuseTestBuild from './refuse-test-build.mjs';

const folders: string[] = [];
afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

async function projectWithMain(code: string): Promise<{ packager: { projectDir: string } }> {
  const projectDir = await mkdtemp(join(tmpdir(), 'draaiboek-refuse-test-build-'));
  folders.push(projectDir);
  await mkdir(join(projectDir, 'out', 'main'), { recursive: true });
  await writeFile(join(projectDir, 'out', 'main', 'index.js'), code);
  return { packager: { projectDir } };
}

describe('the shipping configuration packages only a shipping main bundle', () => {
  it('packages the main bundle this project builds, and refuses the test-only one or one it cannot read', async () => {
    const built = await readFile(new URL('../../out/main/index.js', import.meta.url), 'utf8').catch(() => undefined);
    if (built !== undefined) await expect(refuseTestBuild(await projectWithMain(built))).resolves.toBeUndefined();
    await expect(refuseTestBuild(await projectWithMain('shellLocks(app.isPackaged, true)'))).rejects.toThrow(/DRAAIBOEK_TEST_BUILD=1/);
    await expect(refuseTestBuild(await projectWithMain('console.log(1)'))).rejects.toThrow(/cannot tell/);
  });
});
