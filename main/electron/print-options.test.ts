import { describe, expect, it } from 'vitest';
import type { BaseWindow } from 'electron';
import { isPrintCancelled, PRINT_CONTENT_SECURITY_POLICY, printTokenOf, printUrlFor, printWebPreferences, printWindowOptions } from './print-options.js';

const origin = 'app://draaiboek';
const token = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('the hidden print window', () => {
  it('belongs to the main window, so the system print dialog opens in front of the app', () => {
    const main = { isDestroyed: () => false } as unknown as BaseWindow;
    const options = printWindowOptions(main, undefined);
    expect(options.parent).toBe(main);
    expect(options.show).toBe(false);
    expect(options.webPreferences).toEqual(printWebPreferences());
    // A main window already gone is no parent.
    expect(printWindowOptions({ isDestroyed: () => true } as unknown as BaseWindow, undefined)).not.toHaveProperty('parent');
    expect(printWindowOptions(undefined, undefined)).not.toHaveProperty('parent');
  });

  it('keeps every security setting of the main window, with no preload and no scripts', () => {
    const preferences = printWebPreferences();
    expect(preferences).not.toHaveProperty('preload');
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      javascript: false,
      devTools: false,
    });
  });

  it('serves only its own one-time addresses', () => {
    expect(printTokenOf(origin, printUrlFor(origin, token))).toBe(token);
    expect(printTokenOf(origin, `${origin}/index.html`)).toBeUndefined();
    expect(printTokenOf(origin, `${origin}/print/../index.html`)).toBeUndefined();
    expect(printTokenOf(origin, `${origin}/print/${token}?x=1`)).toBeUndefined();
    expect(printTokenOf(origin, `https://example.org/print/${token}`)).toBeUndefined();
  });

  it('lets a printable load nothing but its inline styles', () => {
    expect(PRINT_CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(PRINT_CONTENT_SECURITY_POLICY).not.toMatch(/script-src|connect-src|'self'|https?:/);
  });

  it('takes a closed print dialog as a cancel, not a failure', () => {
    expect(isPrintCancelled('Print job canceled')).toBe(true);
    expect(isPrintCancelled('cancelled')).toBe(true);
    expect(isPrintCancelled('Print job failed')).toBe(false);
  });
});
