import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { getRawHeader } from '@electron/asar';
import type * as ResEdit from 'resedit';
import { projectRoot, writeCheckConfig } from './builder-config.js';

const require = createRequire(import.meta.url);
// electron-builder's own library for Windows resources: the stub is made with the tool that later edits it.
const { NtExecutable, NtExecutableResource, Resource } = require('resedit') as typeof ResEdit;

interface Builder {
  build(options: { projectDir: string; targets: Map<unknown, unknown>; config: Record<string, unknown>; publish: 'never' }): Promise<string[]>;
  Arch: { x64: unknown };
  Platform: { WINDOWS: { createTarget(targets: string[], arch: unknown): Map<unknown, unknown> } };
}

/**
 * A stand-in for Electron's win32-x64 distribution: `electron.exe`, an empty 64-bit program with a version
 * resource, because electron-builder embeds the asar's integrity hash as a resource of that executable and
 * refuses one it cannot parse. It runs nothing.
 */
export async function makeStubWindowsElectron(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const executable = NtExecutable.createEmpty(false, false);
  const resources = NtExecutableResource.from(executable);
  const version = Resource.VersionInfo.createEmpty();
  version.lang = 1033;
  version.setStringValues({ lang: 1033, codepage: 1200 }, { FileDescription: 'stub Electron: built to check a package, not to run' });
  version.outputToResourceEntries(resources.entries);
  resources.outputResource(executable);
  await writeFile(join(dir, 'electron.exe'), Buffer.from(executable.generate()));
  return dir;
}

/**
 * Packages the built app (`out/`) with electron-builder's Windows targets (x64; `dir` gives win-unpacked)
 * and the project's electron-builder.yml into `outputDir`, against a stub Electron: without the fuses
 * (written into a real binary) and without editing and signing the executable (rcedit and the signing tools
 * are downloads). The asar integrity resource is still embedded: electron-builder writes it with its own
 * library. Returns the packaged folder, win-unpacked.
 */
export async function buildWindowsPackage(options: { outputDir: string; electronDist: string; targets?: string[] }): Promise<string> {
  const baseConfig = await writeCheckConfig(options.outputDir, (config) => {
    delete config['electronFuses'];
    const win = config['win'] as Record<string, unknown>;
    delete win['signtoolOptions'];
    win['signAndEditExecutable'] = false;
  });
  const builder = require('electron-builder') as Builder;
  await builder.build({
    projectDir: projectRoot,
    targets: builder.Platform.WINDOWS.createTarget(options.targets ?? ['dir'], builder.Arch.x64),
    publish: 'never',
    config: { extends: baseConfig, electronDist: options.electronDist, directories: { output: options.outputDir } },
  });
  return join(options.outputDir, 'win-unpacked');
}

export interface AsarIntegrityEntry {
  readonly file: string;
  readonly alg: string;
  readonly value: string;
}

/** The asar integrity list embedded in a Windows executable (resource INTEGRITY/ELECTRONASAR), as Electron reads it at start. */
export async function embeddedAsarIntegrity(executablePath: string): Promise<AsarIntegrityEntry[] | undefined> {
  const resources = NtExecutableResource.from(NtExecutable.from(await readFile(executablePath)));
  const entry = resources.entries.find((candidate) => candidate.type === 'INTEGRITY' && candidate.id === 'ELECTRONASAR');
  return entry === undefined ? undefined : (JSON.parse(Buffer.from(entry.bin).toString('utf8')) as AsarIntegrityEntry[]);
}

/** The SHA-256 of an asar's header, the value Electron compares with the embedded one. */
export function asarHeaderHash(asarPath: string): string {
  return createHash('sha256').update(getRawHeader(asarPath).headerString).digest('hex');
}
