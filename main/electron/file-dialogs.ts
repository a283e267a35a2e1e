import { dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { Translate } from '../../shared/i18n/index.js';
import type { FolderChoiceRequest, SaveFileRequest } from '../core/platform.js';

/**
 * Every dialog is the main window's: not the focused or first window, which can be a hidden print window,
 * and a dialog without a parent may open behind the app.
 */
export type DialogParent = () => BrowserWindow | undefined;

export function liveDialogParent(parent: DialogParent): BrowserWindow | undefined {
  const window = parent();
  return window === undefined || window.isDestroyed() ? undefined : window;
}

/** The native "save as" dialog, titled after what is saved; undefined when the user cancelled. */
export async function chooseSaveFileWithDialog(t: Translate, request: SaveFileRequest, parentWindow: DialogParent): Promise<string | undefined> {
  const title = t(`ui.dialog.${request.purpose}`);
  const options: SaveDialogOptions = {
    title,
    defaultPath: request.suggestedName,
    filters: [{ name: title, extensions: [...request.extensions] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const parent = liveDialogParent(parentWindow);
  const result = parent === undefined ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(parent, options);
  return result.canceled || result.filePath === undefined || result.filePath === '' ? undefined : result.filePath;
}

/** The native folder picker (a USB stick, a folder on it), with room to make a new folder. */
export async function chooseFolderWithDialog(t: Translate, request: FolderChoiceRequest, parentWindow: DialogParent): Promise<string | undefined> {
  const options: OpenDialogOptions = {
    title: t(`ui.dialog.${request.purpose}`),
    properties: ['openDirectory', 'createDirectory'],
  };
  const parent = liveDialogParent(parentWindow);
  const result = parent === undefined ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(parent, options);
  return result.canceled ? undefined : result.filePaths[0];
}
