import { BrowserWindow, dialog, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { Translate } from '../../shared/i18n/index.js';
import type { FolderChoiceRequest, SaveFileRequest } from '../core/platform.js';

function parentWindow(): BrowserWindow | undefined {
  return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
}

/** The native "save as" dialog, titled after what is saved; undefined when the user cancelled. */
export async function chooseSaveFileWithDialog(t: Translate, request: SaveFileRequest): Promise<string | undefined> {
  const title = t(`ui.dialog.${request.purpose}`);
  const options: SaveDialogOptions = {
    title,
    defaultPath: request.suggestedName,
    filters: [{ name: title, extensions: [...request.extensions] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const parent = parentWindow();
  const result = parent === undefined ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(parent, options);
  return result.canceled || result.filePath === undefined || result.filePath === '' ? undefined : result.filePath;
}

/** The native folder picker (a USB stick, a folder on it), with room to make a new folder. */
export async function chooseFolderWithDialog(t: Translate, request: FolderChoiceRequest): Promise<string | undefined> {
  const options: OpenDialogOptions = {
    title: t(`ui.dialog.${request.purpose}`),
    properties: ['openDirectory', 'createDirectory'],
  };
  const parent = parentWindow();
  const result = parent === undefined ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(parent, options);
  return result.canceled ? undefined : result.filePaths[0];
}
