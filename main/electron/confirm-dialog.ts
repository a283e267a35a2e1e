import { dialog, type MessageBoxOptions } from 'electron';
import type { Translate } from '../../shared/i18n/index.js';
import { confirmationText } from '../core/confirmation-text.js';
import type { ConfirmRequest } from '../core/platform.js';
import { liveDialogParent, type DialogParent } from './file-dialogs.js';

/**
 * A native question owned by main, modal to the app's window, in the user's language. "Cancel" is the
 * default and the answer to Escape, so a hurried Enter never trusts a key or writes personal data in the clear.
 */
export async function confirmWithDialog(t: Translate, request: ConfirmRequest, parentWindow: DialogParent): Promise<boolean> {
  const text = confirmationText(request, t);
  const options: MessageBoxOptions = {
    type: text.warning ? 'warning' : 'question',
    title: text.title,
    message: text.message,
    detail: text.detail,
    buttons: [text.cancel, text.confirm],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
  const parent = liveDialogParent(parentWindow);
  const result = parent === undefined ? await dialog.showMessageBox(options) : await dialog.showMessageBox(parent, options);
  return result.response === 1;
}
