import { BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { isOwnPageSender } from './own-page-sender.js';

/** A call counts only when it comes from the main frame of one of our windows, showing our own page. */
export function isOwnWindowSender(event: IpcMainInvokeEvent): boolean {
  return isOwnPageSender(event, (sender) => BrowserWindow.fromWebContents(sender) !== null);
}
