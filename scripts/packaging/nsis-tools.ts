import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The NSIS plugins electron-builder's installer and portable scripts call that stock NSIS does not ship: they
 * come only in electron-builder's downloaded NSIS bundle (or a folder named by ELECTRON_BUILDER_NSIS_RESOURCES_DIR).
 */
export const THIRD_PARTY_NSIS_PLUGINS = ['UAC', 'StdUtils', 'nsProcess', 'nsis7z', 'SpiderBanner', 'WinShell'] as const;

/** The folder makensis takes its own plugins from, as it reports it; undefined where makensis does not run. */
function makensisDir(): string | undefined {
  const info = spawnSync('makensis', ['-HDRINFO'], { encoding: 'utf8' });
  if (info.error !== undefined || info.status !== 0) return undefined;
  return /NSISDIR=([^,\s]+)/.exec(info.stdout)?.[1] ?? '';
}

function dllsIn(dir: string): string[] {
  try {
    return readdirSync(dir).map((name) => name.toLowerCase());
  } catch {
    return [];
  }
}

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

/**
 * Why electron-builder's NSIS installer and portable targets cannot be built on this machine without a
 * download, or undefined when they can: makensis itself, the third-party plugins, and, off Windows, Wine,
 * which electron-builder runs the intermediate installer in to produce the uninstaller.
 */
export function nsisBuildBlockers(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string[] {
  const nsisDir = makensisDir();
  if (nsisDir === undefined) return ['makensis is not installed (Debian: apt-get install nsis)'];
  const resources = env['ELECTRON_BUILDER_NSIS_RESOURCES_DIR'];
  const pluginDirs = [join(nsisDir, 'Plugins', 'x86-unicode')];
  if (resources !== undefined && resources !== '') pluginDirs.push(join(resources, 'plugins', 'x86-unicode'), join(resources, 'windows', 'Plugins', 'x86-unicode'));
  // NSIS matches plugin names without regard to case, as Windows does file names.
  const present = new Set(pluginDirs.flatMap((dir) => dllsIn(dir)));
  const missing = THIRD_PARTY_NSIS_PLUGINS.filter((plugin) => !present.has(`${plugin.toLowerCase()}.dll`));
  const blockers: string[] = [];
  if (missing.length > 0) {
    blockers.push(`NSIS plugins ${missing.join(', ')} are missing (not part of stock NSIS; electron-builder downloads them, or set ELECTRON_BUILDER_NSIS_RESOURCES_DIR)`);
  }
  if (platform !== 'win32' && !onPath('wine')) blockers.push('Wine is not installed (electron-builder makes the uninstaller by running the installer under Wine)');
  return blockers;
}
