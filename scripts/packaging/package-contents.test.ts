import { createPackage } from '@electron/asar';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from '../../main/core/test-support/temp-data-dir.js';
import { ASAR_BUDGET_BYTES, asarProblems, desktopEntryFields, inspectAsar, REQUIRED_IN_ASAR, type PackageManifest } from './package-contents.js';

const manifest = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as PackageManifest;
const good = REQUIRED_IN_ASAR;

const cleanup: string[] = [];
afterEach(async () => {
  for (const dir of cleanup.splice(0)) await removeTempDir(dir);
});

/** An asar made like electron-builder's, from a folder holding the given files. */
async function asarOf(files: Record<string, string>): Promise<string> {
  const work = await makeTempDir('draaiboek-asar-');
  cleanup.push(work);
  const app = join(work, 'app');
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(app, path)), { recursive: true });
    await writeFile(join(app, path), content);
  }
  const asar = join(work, 'app.asar');
  await createPackage(app, asar);
  return asar;
}

const appFiles = Object.fromEntries(good.map((path) => [path.slice(1), path.endsWith('.json') ? '{}' : '// built']));

describe('the packaging check on an asar', () => {
  it('passes an app of built files only', async () => {
    expect(inspectAsar(await asarOf(appFiles), manifest).problems).toEqual([]);
  });

  it('fails on a devDependency inside the asar', async () => {
    const asar = await asarOf({ ...appFiles, 'node_modules/vitest/package.json': '{}', 'node_modules/vitest/dist/index.js': '' });
    expect(inspectAsar(asar, manifest).problems).toEqual(['devDependency in the app: vitest']);
  });

  it('fails on a test file, a source map, an .env file, node_modules/.cache and TypeScript sources', async () => {
    const asar = await asarOf({
      ...appFiles,
      'out/main/index.test.js': '',
      'out/main/index.js.map': '{}',
      '.env': 'SECRET=1',
      'node_modules/.cache/vite/x.json': '{}',
      'main/core/store/plan-store.ts': '',
    });
    const problems = inspectAsar(asar, manifest).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        'test file: /out/main/index.test.js',
        'source map: /out/main/index.js.map',
        '.env file: /.env',
        'node_modules/.cache: /node_modules/.cache/vite/x.json',
        'TypeScript source: /main/core/store/plan-store.ts',
      ]),
    );
  });

  it('fails when the built main, preload or renderer is missing', () => {
    expect(asarProblems(good.filter((path) => path !== '/out/preload/index.cjs'), manifest)).toEqual(['missing /out/preload/index.cjs']);
  });

  it('fails over the size budget', async () => {
    const asar = await asarOf(appFiles);
    expect(inspectAsar(asar, manifest, 10).problems).toEqual([expect.stringMatching(/over the budget of 10$/)]);
    expect(ASAR_BUDGET_BYTES).toBeGreaterThan(1024 * 1024);
  });

  it('reads the fields of a desktop entry', () => {
    const fields = desktopEntryFields('[Desktop Entry]\nName=Draaiboek\nMimeType=application/x-draaiboek;\n[Desktop Action x]\nName=Other\n');
    expect(fields.get('Name')).toBe('Draaiboek');
    expect(fields.get('MimeType')).toBe('application/x-draaiboek;');
  });
});
