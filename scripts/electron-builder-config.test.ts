import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { load as parseYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

interface BuilderConfigModule {
  validateConfiguration(config: unknown, debugLogger: unknown): Promise<void>;
  getConfig(projectDir: string, configPath: string | null, configFromOptions: unknown): Promise<Record<string, unknown>>;
}
interface BuilderUtil {
  DebugLogger: new (isEnabled?: boolean) => unknown;
}

const { validateConfiguration, getConfig } = require('app-builder-lib/out/util/config/config') as BuilderConfigModule;
const { DebugLogger } = require('builder-util') as BuilderUtil;

async function loadConfig(): Promise<Record<string, unknown>> {
  return parseYaml(await readFile(new URL('../electron-builder.yml', import.meta.url), 'utf8')) as Record<string, unknown>;
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own configuration schema", async () => {
    await expect(validateConfiguration(await loadConfig(), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('is really checked: an unknown option is refused', async () => {
    const config = { ...(await loadConfig()), notAnOption: true };
    await expect(validateConfiguration(config, new DebugLogger(false))).rejects.toThrow(/notAnOption/);
  });

  it('sets the Electron fuses of ARCHITECTURE section 7', async () => {
    expect((await loadConfig())['electronFuses']).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('builds every target, each with its own dist script', async () => {
    const config = await loadConfig();
    const targets = (platform: string) => (config[platform] as { target: string[] }).target;
    expect(targets('win')).toEqual(expect.arrayContaining(['nsis', 'msi', 'portable']));
    expect(targets('mac')).toEqual(['dmg']);
    expect(targets('linux')).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    const scripts = (JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }).scripts;
    for (const [script, flags] of Object.entries({ nsis: '--win nsis', msi: '--win msi', portable: '--win portable', appimage: '--linux AppImage', deb: '--linux deb', dmg: '--mac dmg', dir: '--linux dir' })) {
      expect(scripts[`dist:${script}`]).toContain(`electron-builder ${flags}`);
    }
  });

  it('names the homepage, author and description that the deb and the MSI carry', async () => {
    const manifest = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { homepage?: unknown; author?: unknown; description?: unknown };
    // fpm refuses a deb without a homepage; the MSI's Manufacturer and the Windows file properties take the author.
    expect(typeof manifest.homepage === 'string' && new URL(manifest.homepage).protocol).toBe('https:');
    expect(manifest.author).toMatchObject({ name: expect.stringMatching(/\S/) as unknown });
    expect(manifest.description).toEqual(expect.stringMatching(/\S/));
  });

  it('installs into Program Files, for every user of the machine', async () => {
    const config = await loadConfig();
    expect(config['nsis']).toMatchObject({ perMachine: true, oneClick: false });
    expect(config['msi']).toMatchObject({ perMachine: true });
  });

  it('associates .draaiboek files with the app, the MIME type and an icon for every platform', async () => {
    const [association] = (await loadConfig())['fileAssociations'] as { ext: string; mimeType: string; icon: string }[];
    expect(association).toMatchObject({ ext: 'draaiboek', mimeType: 'application/x-draaiboek' });
    for (const ext of ['ico', 'icns', 'png']) {
      expect(existsSync(new URL(`../resources/build/${association?.icon ?? ''}.${ext}`, import.meta.url))).toBe(true);
    }
  });

  it('packs the app into an asar whose integrity electron-builder embeds on Windows and macOS', async () => {
    const config = await loadConfig();
    expect(config['asar']).toBe(true);
    expect(config['disableAsarIntegrity']).toBeUndefined();
    // The Windows hash is written into the exe's resources, which needs the executable edited.
    expect((config['win'] as Record<string, unknown>)['signAndEditExecutable']).not.toBe(false);
  });
});

describe('electron-builder.unfused-test-only.yml, the profile for driving a packaged build in tests', () => {
  const projectDir = new URL('..', import.meta.url).pathname;
  // electron-builder's own loader, which resolves `extends` and merges as a build does.
  const resolved = (file: string) => getConfig(projectDir, join(projectDir, file), null);

  it('is the shipping configuration less the fuses and the test-build refusal, writing to its own folder', async () => {
    const shipping = await resolved('electron-builder.yml');
    const testOnly = await resolved('electron-builder.unfused-test-only.yml');
    expect(shipping['electronFuses']).toMatchObject({ runAsNode: false, enableNodeCliInspectArguments: false });
    expect(testOnly['electronFuses']).toBeNull();
    expect(shipping['beforePack']).toBe('scripts/packaging/refuse-test-build.mjs');
    expect(testOnly['beforePack']).toBeNull();
    const directories = testOnly['directories'] as Record<string, unknown>;
    expect(directories['output']).toBe('dist-unfused-test-only');
    expect(directories['output']).not.toBe((shipping['directories'] as Record<string, unknown>)['output']);
    const strip = (config: Record<string, unknown>) => {
      const rest: Record<string, unknown> = { ...config, directories: { ...(config['directories'] as Record<string, unknown>) } };
      delete rest['electronFuses'];
      delete rest['beforePack'];
      delete rest['extends'];
      delete (rest['directories'] as Record<string, unknown>)['output'];
      return rest;
    };
    expect(strip(testOnly)).toEqual(strip(shipping));
  });

  it("passes electron-builder's schema", async () => {
    await expect(validateConfiguration(await resolved('electron-builder.unfused-test-only.yml'), new DebugLogger(false))).resolves.toBeUndefined();
  });
});
