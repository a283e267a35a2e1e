import type { BaseWindow, BrowserWindowConstructorOptions } from 'electron';
import { secureWebPreferences, type SecureWebPreferences } from './window-options.js';

/** Printables are plain HTML with inline styles: the print window may load nothing else. */
export const PRINT_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

const PRINT_PATH = '/print/';
const TOKEN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The main window's security settings, without a preload (a printable gets no bridge) and without scripts. */
export function printWebPreferences(): SecureWebPreferences {
  const preferences: SecureWebPreferences = { ...secureWebPreferences('', { devTools: false }), javascript: false };
  delete preferences.preload;
  return preferences;
}

/**
 * The hidden print window. With the main window as its parent, the system print dialog it opens comes up in
 * front of the app (on Windows and macOS a dialog of a window without parent may open behind it).
 */
export function printWindowOptions(parent: BaseWindow | undefined, session: SecureWebPreferences['session']): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 900,
    height: 1200,
    ...(parent === undefined || parent.isDestroyed() ? {} : { parent }),
    webPreferences: { ...printWebPreferences(), ...(session === undefined ? {} : { session }) },
  };
}

export function printUrlFor(origin: string, token: string): string {
  return `${origin}${PRINT_PATH}${token}`;
}

/** The token of a print address of this origin, or undefined for any other address. */
export function printTokenOf(origin: string, url: string): string | undefined {
  const prefix = `${origin}${PRINT_PATH}`;
  if (!url.startsWith(prefix)) return undefined;
  const token = url.slice(prefix.length);
  return TOKEN.test(token) ? token : undefined;
}

/** Chromium reports a print dialog the user closed as a failure; for the app it is a cancel. */
export function isPrintCancelled(failureReason: string): boolean {
  return /cancel/i.test(failureReason);
}
