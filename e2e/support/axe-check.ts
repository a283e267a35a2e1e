import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';

/** The serious and critical axe-core violations on the page as it is now, one line each. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`);
}

/**
 * Screenshots of the page at the two laptop sizes the screens are made for, into test-results/screens/, with
 * `subject` (what the picture is about) scrolled into view.
 */
export async function screenshotAtLaptopSizes(page: Page, name: string, subject?: Locator): Promise<void> {
  const before = page.viewportSize();
  for (const [width, height] of [[1366, 768], [1024, 640]] as const) {
    await page.setViewportSize({ width, height });
    await subject?.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `test-results/screens/${name}-${width}x${height}.png` });
  }
  if (before !== null) await page.setViewportSize(before);
}
