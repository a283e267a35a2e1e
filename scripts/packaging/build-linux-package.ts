import { chmod, copyFile, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { projectRoot, writeCheckConfig } from './builder-config.js';

const require = createRequire(import.meta.url);

/** The slice of electron-builder's API this check uses. */
interface AfterPackContext {
  readonly appOutDir: string;
  readonly packager: { readonly platformSpecificBuildOptions: unknown };
}
interface Builder {
  build(options: { projectDir: string; targets: Map<unknown, unknown>; config: Record<string, unknown>; publish: 'never' }): Promise<string[]>;
  Platform: { LINUX: { createTarget(targets: string[]): Map<unknown, unknown> } };
}
interface DesktopHelper {
  writeDesktopEntry(options: unknown, exec: string | undefined, destination: string): Promise<string>;
  readonly mimeTypeFiles: Promise<string | null>;
}
type DesktopHelperClass = new (packager: AfterPackContext['packager']) => DesktopHelper;

/**
 * A stand-in for Electron's Linux distribution: enough for electron-builder to lay out the app around it,
 * nothing that runs. Used where Electron's binary cannot be downloaded.
 */
export async function makeStubElectron(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const binary = join(dir, 'electron');
  await writeFile(binary, '#!/bin/sh\necho "stub Electron: this package was built to check its contents, not to run" >&2\nexit 1\n');
  await chmod(binary, 0o755);
  return dir;
}

export interface LinuxPackage {
  /** linux-unpacked: the executable and resources/app.asar. */
  readonly appOutDir: string;
  /** The .desktop entry and the shared-mime-info file electron-builder's deb and AppImage targets install. */
  readonly desktopEntry: string;
  readonly mimeInfo: string | undefined;
}

/**
 * Packages the built app (`out/`) as electron-builder's Linux `dir` target with the project's own
 * electron-builder.yml, into `outputDir`. `electronDist` is a folder holding an Electron distribution; with
 * a stub, the fuses are left out (they are written into the real binary). `profile` names another
 * configuration file of the project to build with instead (the unfused test-only one). After packing, the
 * desktop entry and MIME file are written by electron-builder's own helper, as its deb and AppImage targets
 * write them.
 */
export async function buildLinuxPackage(options: { outputDir: string; electronDist: string; realElectron: boolean; profile?: string }): Promise<LinuxPackage> {
  const baseConfig =
    options.profile !== undefined
      ? join(projectRoot, options.profile)
      : await writeCheckConfig(options.outputDir, (config) => {
          if (!options.realElectron) delete config['electronFuses'];
        });

  const builder = require('electron-builder') as Builder;
  const { LinuxTargetHelper } = require('app-builder-lib/out/targets/LinuxTargetHelper') as { LinuxTargetHelper: DesktopHelperClass };
  const desktopEntry = join(options.outputDir, 'draaiboek.desktop');
  let mimeInfo: string | undefined;
  await builder.build({
    projectDir: projectRoot,
    targets: builder.Platform.LINUX.createTarget(['dir']),
    publish: 'never',
    config: {
      extends: baseConfig,
      electronDist: options.electronDist,
      directories: { output: options.outputDir },
      async afterPack(context: AfterPackContext) {
        const helper = new LinuxTargetHelper(context.packager);
        await helper.writeDesktopEntry(context.packager.platformSpecificBuildOptions, undefined, desktopEntry);
        const mime = await helper.mimeTypeFiles;
        if (mime !== null) {
          mimeInfo = join(options.outputDir, 'draaiboek-mime.xml');
          await copyFile(mime, mimeInfo);
        }
      },
    },
  });
  return { appOutDir: join(options.outputDir, 'linux-unpacked'), desktopEntry, mimeInfo };
}
