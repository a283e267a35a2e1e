import { dialog, safeStorage } from 'electron';
import type { Translate } from '../../shared/i18n/index.js';
import { createOsKeystoreProtector, type SecretProtector } from '../core/crypto/key-protection.js';
import { chooseSecretProtector } from '../core/data-dir/device-key-protection.js';
import type { FileChoiceRequest, Platform } from '../core/platform.js';
import { confirmWithDialog } from './confirm-dialog.js';
import { chooseFolderWithDialog, chooseSaveFileWithDialog, liveDialogParent, type DialogParent } from './file-dialogs.js';
import { hasRealKeyStore, osKeyStoreSealing } from './os-key-store.js';
import { printHtmlInWindow, renderPdfInWindow } from './print-window.js';
import type { PassphraseBox } from '../core/data-dir/passphrase-box.js';

/**
 * The key is protected by the OS key store through safeStorage. Where the OS offers no real key store, or the
 * data folder is on a stick, it is never stored that way: the user's passphrase (typed in the app, or
 * DRAAIBOEK_PASSPHRASE in a development build) protects it.
 */
export function createElectronPlatform(
  passphrases: PassphraseBox,
  t: () => Translate,
  mainWindow: DialogParent,
  options: { readonly portable: boolean },
): Platform {
  return {
    secretProtector: (): Promise<SecretProtector> =>
      chooseSecretProtector({
        portable: options.portable,
        async osKeyStore() {
          if (!(await hasRealKeyStore(safeStorage))) return undefined;
          const { seal, unseal } = osKeyStoreSealing(safeStorage);
          return createOsKeystoreProtector(seal, unseal);
        },
        passphrase: () => passphrases.get(),
      }),
    // Never the OS account (a login name on every stick): a neutral name until the user gives this laptop one.
    deviceName: () => t()('ui.device.unnamed'),
    now: () => new Date(),
    async chooseFile(request: FileChoiceRequest): Promise<string | undefined> {
      const parent = liveDialogParent(mainWindow);
      const options = {
        title: t()(`ui.dialog.${request.purpose}`),
        properties: ['openFile' as const],
        filters: [{ name: t()(`ui.dialog.${request.purpose}`), extensions: [...request.extensions] }],
      };
      const result = parent === undefined ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(parent, options);
      return result.canceled ? undefined : result.filePaths[0];
    },
    chooseSaveFile: (request) => chooseSaveFileWithDialog(t(), request, mainWindow),
    chooseFolder: (request) => chooseFolderWithDialog(t(), request, mainWindow),
    confirm: (request) => confirmWithDialog(t(), request, mainWindow),
    renderPdf: renderPdfInWindow,
    // The system print dialog belongs to the main window, so it opens in front of the app.
    printHtml: (html) => printHtmlInWindow(html, mainWindow()),
  };
}
