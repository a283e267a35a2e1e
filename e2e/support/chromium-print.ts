import type { Browser } from '@playwright/test';

/**
 * The host's print engine for the Chromium e2e mode: the same engine as Electron's printToPDF. Each document
 * gets a fresh context with scripts off and the network offline, as the app's print window has.
 */
export async function renderPdfWithChromium(browser: Browser, html: string): Promise<Uint8Array> {
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  try {
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true }));
  } finally {
    await context.close();
  }
}
