import { BrowserWindow } from 'electron';
import { DraaiboekError } from '../../shared/errors.js';
import { isPrintCancelled, printWindowOptions } from './print-options.js';
import { printSession } from './print-session.js';

/**
 * Load a complete HTML document in a hidden window of the print session, use it, and always clean up. With a
 * parent, the window (and the system dialog it opens) belongs to the main window and comes up in front of it.
 */
async function withPrintWindow<T>(html: string, parent: BrowserWindow | undefined, use: (window: BrowserWindow) => Promise<T>): Promise<T> {
  const printing = printSession();
  const hosted = printing.host(html);
  const window = new BrowserWindow(printWindowOptions(parent, printing.session));
  try {
    await window.loadURL(hosted.url);
    return await use(window);
  } finally {
    hosted.release();
    if (!window.isDestroyed()) window.destroy();
  }
}

/**
 * Chromium's print to PDF, with the page size and margins the printable's CSS asks for, and the headings as
 * bookmarks (the binder's contents are numbered from them).
 */
export function renderPdfInWindow(html: string): Promise<Uint8Array> {
  return withPrintWindow(html, undefined, async (window) => {
    const pdf = await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true, generateDocumentOutline: true, generateTaggedPDF: true });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  });
}

/** The system's print dialog for the document. False when the user cancelled it. */
export function printHtmlInWindow(html: string, parent: BrowserWindow | undefined): Promise<boolean> {
  return withPrintWindow(
    html,
    parent,
    (window) =>
      new Promise<boolean>((resolve, reject) => {
        window.webContents.print({ silent: false, printBackground: true }, (success, failureReason) => {
          if (success) resolve(true);
          else if (isPrintCancelled(failureReason)) resolve(false);
          else reject(new DraaiboekError('IO_ERROR', `printing failed: ${failureReason}`, { detail: failureReason }));
        });
      }),
  );
}
