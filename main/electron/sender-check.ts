import { BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { APP_ORIGIN } from './app-protocol.js';

/** A call counts only when it comes from the main frame of one of our windows, showing our own page. */
export function isOwnWindowSender(event: IpcMainInvokeEvent): boolean {
  const window = BrowserWindow.fromWebContents(event.sender);
  if (window === null) return false;
  const frame = event.senderFrame;
  if (frame === null || frame !== event.sender.mainFrame) return false;
  return frame.url.startsWith(`${APP_ORIGIN}/`);
}
