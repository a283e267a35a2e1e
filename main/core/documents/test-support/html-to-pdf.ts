import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { readPdf, type PdfFacts } from './pdf-tools.js';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/**
 * Turns printable HTML into PDF with Chromium, the engine behind Electron's printToPDF. One browser per test
 * file: launch in beforeAll, close in afterAll.
 */
export interface HtmlToPdf {
  toPdf(html: string): Promise<Buffer>;
  /** Render, then read back with poppler (pdftotext -layout, pdfinfo). */
  toPdfFacts(html: string): Promise<PdfFacts>;
  close(): Promise<void>;
}

export async function launchHtmlToPdf(): Promise<HtmlToPdf> {
  const browser: Browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const workDir = await mkdtemp(join(tmpdir(), 'draaiboek-pdf-'));
  let counter = 0;
  async function toPdf(html: string): Promise<Buffer> {
    const page = await browser.newPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
    } finally {
      await page.close();
    }
  }
  return {
    toPdf,
    async toPdfFacts(html) {
      counter += 1;
      const path = join(workDir, `print-${counter}.pdf`);
      await writeFile(path, await toPdf(html));
      return readPdf(path);
    },
    async close() {
      await browser.close();
      await rm(workDir, { recursive: true, force: true });
    },
  };
}
