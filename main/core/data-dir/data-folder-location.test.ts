import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from '../test-support/temp-data-dir.js';
import { dataFolderLocation, PORTABLE_DATA_FOLDER, PORTABLE_MARKER_FILE, programFolder, type PathKind } from './data-folder-location.js';

let stick: string;
beforeEach(async () => {
  stick = await makeTempDir('draaiboek-stick-');
});
afterEach(async () => {
  await removeTempDir(stick);
});

const userData = '/home/anna/.config/Draaiboek';
const linux = (execPath: string, env: Record<string, string> = {}) =>
  dataFolderLocation({ execPath, env, platform: 'linux', userData, cwd: '/home/anna' });

describe('dataFolderLocation', () => {
  it('keeps the data in the profile when nothing marks the program folder as portable', () => {
    expect(linux(join(stick, 'draaiboek'))).toEqual({ kind: 'installed', dir: userData, portable: false });
  });

  it('puts the data beside the program when a draaiboek-portable file stands there', async () => {
    await writeFile(join(stick, PORTABLE_MARKER_FILE), '');
    expect(linux(join(stick, 'draaiboek'))).toEqual({ kind: 'portable', dir: join(stick, PORTABLE_DATA_FOLDER), portable: true });
  });

  it('puts the data beside the program when a Draaiboek-gegevens folder stands there', async () => {
    await mkdir(join(stick, PORTABLE_DATA_FOLDER));
    expect(linux(join(stick, 'draaiboek'))).toMatchObject({ kind: 'portable', dir: join(stick, PORTABLE_DATA_FOLDER) });
  });

  it('is not fooled by a folder named like the marker, or a file named like the data folder', async () => {
    await mkdir(join(stick, PORTABLE_MARKER_FILE));
    await writeFile(join(stick, PORTABLE_DATA_FOLDER), '');
    expect(linux(join(stick, 'draaiboek')).kind).toBe('installed');
  });

  it('follows the stick to another mount point: the folder is found from the program each time', async () => {
    await writeFile(join(stick, PORTABLE_MARKER_FILE), '');
    const moved = `${stick}-elsewhere`;
    await rename(stick, moved);
    try {
      expect(linux(join(moved, 'draaiboek')).dir).toBe(join(moved, PORTABLE_DATA_FOLDER));
    } finally {
      await rename(moved, stick);
    }
  });

  it('lets a folder the user named win over the stick, resolved against the working folder', async () => {
    await writeFile(join(stick, PORTABLE_MARKER_FILE), '');
    const withOption = dataFolderLocation({ execPath: join(stick, 'draaiboek'), env: {}, platform: 'linux', userData, cwd: '/tmp', dataDirOption: 'plan' });
    expect(withOption).toEqual({ kind: 'chosen', dir: '/tmp/plan', portable: false });
    expect(linux(join(stick, 'draaiboek'), { DRAAIBOEK_DATA_DIR: '/srv/plan' })).toEqual({ kind: 'chosen', dir: '/srv/plan', portable: false });
  });

  it('looks beside the AppImage, not inside its temporary mount', async () => {
    await writeFile(join(stick, PORTABLE_MARKER_FILE), '');
    const location = linux('/tmp/.mount_DraaibXYZ/draaiboek', { APPIMAGE: join(stick, 'Draaiboek-0.1.0.AppImage') });
    expect(location).toMatchObject({ kind: 'portable', dir: join(stick, PORTABLE_DATA_FOLDER) });
  });

  it('looks beside the Windows portable exe, not in the temp folder it unpacks to, whatever the drive letter', () => {
    const seen: string[] = [];
    const pathKind = (path: string): PathKind => {
      seen.push(path);
      return path === 'F:\\Draaiboek\\draaiboek-portable' ? 'file' : undefined;
    };
    const location = dataFolderLocation({
      execPath: 'C:\\Users\\anna\\AppData\\Local\\Temp\\2abc\\Draaiboek.exe',
      env: { PORTABLE_EXECUTABLE_DIR: 'F:\\Draaiboek' },
      platform: 'win32',
      userData: 'C:\\Users\\anna\\AppData\\Roaming\\Draaiboek',
      cwd: 'C:\\Windows\\System32',
      pathKind,
    });
    expect(location).toEqual({ kind: 'portable', dir: 'F:\\Draaiboek\\Draaiboek-gegevens', portable: true });
    expect(seen.every((path) => path.startsWith('F:\\Draaiboek\\'))).toBe(true);
  });
});

describe('programFolder', () => {
  it('is the folder holding the .app on macOS', () => {
    expect(programFolder('/Volumes/STICK/Draaiboek.app/Contents/MacOS/Draaiboek', {}, 'darwin')).toBe('/Volumes/STICK');
  });

  it('ignores the other platforms\' variables', () => {
    expect(programFolder('/opt/Draaiboek/draaiboek', { PORTABLE_EXECUTABLE_DIR: '/elsewhere' }, 'linux')).toBe('/opt/Draaiboek');
    expect(programFolder('C:\\Program Files\\Draaiboek\\Draaiboek.exe', { APPIMAGE: '/x/y.AppImage' }, 'win32')).toBe('C:\\Program Files\\Draaiboek');
  });
});
