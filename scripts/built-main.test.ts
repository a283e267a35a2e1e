import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveConfig } from 'electron-vite';
import { build, parseAst } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BUILD_ENV, testBuildMarkerIn } from './packaging/test-build-marker.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Every module specifier a built file loads: static and dynamic imports, re-exports, and require calls. */
function specifiersOf(code: string): string[] {
  const found: string[] = [];
  const literal = (node: unknown): string | undefined => {
    const value = (node as { type?: string; value?: unknown } | null)?.value;
    return (node as { type?: string } | null)?.type === 'Literal' && typeof value === 'string' ? value : undefined;
  };
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    const n = node as Record<string, unknown> & { type?: string };
    if (n.type === 'ImportDeclaration' || n.type === 'ExportAllDeclaration' || n.type === 'ExportNamedDeclaration' || n.type === 'ImportExpression') {
      const source = literal(n['source']);
      if (source !== undefined) found.push(source);
    }
    if (n.type === 'CallExpression') {
      const callee = n['callee'] as { type?: string; name?: string };
      const first = literal((n['arguments'] as unknown[])[0]);
      if (callee.type === 'Identifier' && /^(__)?require$/.test(callee.name ?? '') && first !== undefined) found.push(first);
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'type') visit(value);
  };
  visit(parseAst(code));
  return found;
}

async function jsFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.js')).map((entry) => join(entry.parentPath, entry.name));
}

const builtins = new Set(builtinModules);
const isRunTimeProvided = (specifier: string) =>
  specifier === 'electron' || specifier.startsWith('electron/') || specifier.startsWith('node:') || builtins.has(specifier);

/** Main alone, with the project's own electron-vite configuration, into a folder with no node_modules near it. */
async function buildMain(outDir: string, testBuild: boolean): Promise<void> {
  const nodeEnv = process.env['NODE_ENV'];
  const marker = process.env[TEST_BUILD_ENV];
  try {
    // The configuration reads the marker's variable when it is loaded.
    if (testBuild) process.env[TEST_BUILD_ENV] = '1';
    const resolved = await resolveConfig({ root, configFile: join(root, 'electron.vite.config.ts'), logLevel: 'silent' }, 'build', 'production');
    const main = resolved.config?.main;
    if (main === undefined) throw new Error('electron.vite.config.ts has no main build');
    await build({ ...main, build: { ...main.build, outDir, emptyOutDir: true } });
  } finally {
    process.env['NODE_ENV'] = nodeEnv;
    if (marker === undefined) delete process.env['DRAAIBOEK_TEST_BUILD'];
    else process.env[TEST_BUILD_ENV] = marker;
  }
}

describe('the built main process', () => {
  let work: string;
  let outDir: string;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'draaiboek-built-main-'));
    outDir = join(work, 'main');
    await buildMain(outDir, false);
  }, 180_000);

  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('imports only Node built-ins and electron: its dependencies are bundled, none is loaded from app.asar', async () => {
    const files = await jsFilesUnder(outDir);
    expect(files.map((file) => file.slice(outDir.length + 1)).sort()).toEqual(expect.arrayContaining(['cli.js', 'index.js']));
    const external = new Set<string>();
    for (const file of files) {
      for (const specifier of specifiersOf(await readFile(file, 'utf8'))) {
        if (!specifier.startsWith('.') && !isRunTimeProvided(specifier)) external.add(specifier);
      }
    }
    expect([...external].sort()).toEqual([]);
  });

  it('is a shipping build: the test-only marker is compiled in as false, so a packaged app keeps its locks', async () => {
    expect(testBuildMarkerIn(await readFile(join(outDir, 'index.js'), 'utf8'), parseAst)).toBe(false);
  });

  it(`carries the marker true only when built with ${TEST_BUILD_ENV}=1, so the check above can fail`, async () => {
    const testOutDir = join(work, 'main-test-only');
    await buildMain(testOutDir, true);
    expect(testBuildMarkerIn(await readFile(join(testOutDir, 'index.js'), 'utf8'), parseAst)).toBe(true);
  }, 180_000);

  it('finds imports of every kind, so the check above can fail', () => {
    const code = "import a from 'zod'; export * from 'lowdb'; const d = await import('docx'); const p = __require('papaparse'); import fs from 'node:fs'; const s = 'import x from \"age\"';";
    expect(specifiersOf(code)).toEqual(['zod', 'lowdb', 'docx', 'papaparse', 'node:fs']);
  });

  it('runs as the draaiboek command with no node_modules: signing, Word (docx) and an age-encrypted bundle', async () => {
    const dataDir = join(work, 'data');
    const passphraseFile = join(work, 'bundle-passphrase.txt');
    await writeFile(passphraseFile, 'een lange wachtzin voor de stick\n');
    const env = { ...process.env, DRAAIBOEK_PASSPHRASE: 'build check passphrase', LANG: 'en_GB.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
    const run = (...args: string[]) => spawnSync(process.execPath, [join(outDir, 'cli.js'), ...args], { cwd: work, env, encoding: 'utf8', timeout: 120_000 });

    const init = run('init', '--data-dir', dataDir, '--sample', '--name', 'Laptop bouwcontrole');
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    const word = run('export', 'docx', '--data-dir', dataDir, '--out', join(work, 'plan.docx'));
    expect(word.stderr).toBe('');
    expect(word.status).toBe(0);
    expect((await readFile(join(work, 'plan.docx'))).subarray(0, 2).toString('latin1')).toBe('PK');
    const bundle = join(work, 'plan.draaiboek');
    const exported = run('bundle', 'export', '--data-dir', dataDir, '--out', bundle, '--passphrase-file', passphraseFile);
    expect(exported.stderr).toBe('');
    expect(exported.status).toBe(0);
    expect((await readFile(bundle)).subarray(0, 21).toString('latin1')).toBe('age-encryption.org/v1');
    const inspected = run('bundle', 'inspect', bundle, '--passphrase-file', passphraseFile);
    expect(inspected.status).toBe(0);
    expect(inspected.stdout).toContain('Gemeente Voorbeeldstad');
  }, 180_000);
});
