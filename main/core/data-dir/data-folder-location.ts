import { statSync } from 'node:fs';
import { posix, win32 } from 'node:path';

/** The file that, beside the executable, makes the app keep its data beside it. */
export const PORTABLE_MARKER_FILE = 'draaiboek-portable';
/** The data folder of a portable app, beside the executable; its presence alone also means portable. */
export const PORTABLE_DATA_FOLDER = 'Draaiboek-gegevens';

/** What a path is on disk, if anything: the one question the decision asks the file system. */
export type PathKind = 'file' | 'directory' | undefined;

export function pathKindOnDisk(path: string): PathKind {
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) return 'directory';
    return stats.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

export interface DataFolderInputs {
  /** The running program (`process.execPath`). */
  readonly execPath: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  /** `--data-dir` from the command line, when given. */
  readonly dataDirOption?: string | undefined;
  /** Electron's userData folder: the data folder of an installed app. */
  readonly userData: string;
  readonly cwd: string;
  readonly pathKind?: (path: string) => PathKind;
}

export type DataFolderLocation =
  | { readonly kind: 'chosen'; readonly dir: string; readonly portable: false }
  | { readonly kind: 'portable'; readonly dir: string; readonly portable: true }
  | { readonly kind: 'installed'; readonly dir: string; readonly portable: false };

/** Paths as the program's own OS writes them, also when the decision is tested on another OS. */
function pathsOf(platform: NodeJS.Platform): typeof posix {
  return platform === 'win32' ? win32 : posix;
}

/**
 * The folder the program was really started from. A Windows portable build unpacks itself to a temp folder
 * and says where it came from in PORTABLE_EXECUTABLE_DIR; an AppImage runs from a mount and names itself in
 * APPIMAGE; a macOS app's executable sits inside `Draaiboek.app/Contents/MacOS`, and the stick holds the
 * `.app` beside the data.
 */
export function programFolder(execPath: string, env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform): string {
  const { basename, dirname } = pathsOf(platform);
  const portableDir = env['PORTABLE_EXECUTABLE_DIR'];
  if (platform === 'win32' && portableDir !== undefined && portableDir !== '') return portableDir;
  const appImage = env['APPIMAGE'];
  if (platform === 'linux' && appImage !== undefined && appImage !== '') return dirname(appImage);
  const folder = dirname(execPath);
  if (platform === 'darwin' && basename(folder) === 'MacOS' && basename(dirname(folder)) === 'Contents') {
    const bundle = dirname(dirname(folder));
    if (bundle.endsWith('.app')) return dirname(bundle);
  }
  return folder;
}

/**
 * Where the data folder is: a folder the user named wins (`--data-dir`, DRAAIBOEK_DATA_DIR); then the stick,
 * when `draaiboek-portable` or `Draaiboek-gegevens/` stands beside the program; else the user's profile.
 * The stick's folder is found from where the program runs each time, never stored, so a stick that comes
 * back under another drive letter still finds its data.
 */
export function dataFolderLocation(inputs: DataFolderInputs): DataFolderLocation {
  const { join, resolve } = pathsOf(inputs.platform);
  const chosen = inputs.dataDirOption ?? inputs.env['DRAAIBOEK_DATA_DIR'];
  if (chosen !== undefined && chosen !== '') return { kind: 'chosen', dir: resolve(inputs.cwd, chosen), portable: false };
  const pathKind = inputs.pathKind ?? pathKindOnDisk;
  const folder = programFolder(inputs.execPath, inputs.env, inputs.platform);
  const dataFolder = join(folder, PORTABLE_DATA_FOLDER);
  if (pathKind(join(folder, PORTABLE_MARKER_FILE)) === 'file' || pathKind(dataFolder) === 'directory') {
    return { kind: 'portable', dir: dataFolder, portable: true };
  }
  return { kind: 'installed', dir: inputs.userData, portable: false };
}
