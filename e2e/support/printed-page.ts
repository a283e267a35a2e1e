import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

export interface PrintedPage {
  readonly pages: number;
  readonly text: string;
  /** The smallest type of any visible text in print media, in points, and where it is. */
  readonly minFontPt: number;
  readonly minFontAt: string;
}

/**
 * The page as its print button prints it (print media, A4), kept as `<name>.pdf` and a PNG of each page in
 * `folder`, and measured: page count and text with poppler, the smallest type in the DOM.
 */
export async function printedPage(page: Page, folder: string, name: string): Promise<PrintedPage> {
  const path = join(folder, `${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  try {
    const smallest = await page.evaluate(() => {
      let least = { px: Number.POSITIVE_INFINITY, at: '' };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const element = node.parentElement;
        const text = node.textContent?.trim() ?? '';
        if (element === null || text === '' || element.getClientRects().length === 0) continue;
        const px = parseFloat(getComputedStyle(element).fontSize);
        if (px < least.px) least = { px, at: text.slice(0, 60) };
      }
      return least;
    });
    await page.pdf({ path, format: 'A4', printBackground: true, preferCSSPageSize: true });
    execFileSync('pdftoppm', ['-png', '-r', '50', path, join(folder, `${name}-print`)]);
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    return {
      pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0),
      text: execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }),
      minFontPt: smallest.px * 0.75,
      minFontAt: smallest.at,
    };
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
}
