import { APP_ORIGIN } from './app-origin.js';

/** The parts of Electron's IpcMainInvokeEvent the check reads, so it runs (and is tested) without Electron. */
export interface InvokeEventLike<Sender> {
  readonly sender: Sender & { readonly mainFrame: unknown };
  readonly senderFrame: { readonly url: string } | null;
}

/**
 * A call counts only when it comes from the main frame of one of our windows, showing our own page: not a
 * subframe (a printable preview), not a page navigated elsewhere, not a web contents that is no window of ours.
 */
export function isOwnPageSender<Sender>(event: InvokeEventLike<Sender>, isOurWindow: (sender: Sender) => boolean): boolean {
  if (!isOurWindow(event.sender)) return false;
  const frame = event.senderFrame;
  if (frame === null || frame !== event.sender.mainFrame) return false;
  return frame.url.startsWith(`${APP_ORIGIN}/`);
}
