import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshotDir, test } from './fixtures.js';
import { CrisisModePage } from './pages/crisis-mode-page.js';
import { CyclePage } from './pages/cycle-page.js';

const LAPTOP = { width: 1366, height: 768 };
const SMALL = { width: 1024, height: 640 };

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`);
}

/** The boxes of the main menu's entries as the page lays them out. */
async function menuRows(page: Page): Promise<{ tops: number[]; right: number; width: number }> {
  return page.evaluate(() => {
    const list = document.querySelector('nav.nav-bar ul');
    if (list === null) throw new Error('no main menu');
    const entries = [...list.children].map((entry) => entry.getBoundingClientRect());
    return { tops: entries.map((box) => Math.round(box.top)), right: Math.max(...entries.map((box) => box.right)), width: document.documentElement.clientWidth };
  });
}

interface ScreenFit {
  readonly sideways: number;
  /** Text whose box is narrower than its content: cut off, or running under its neighbour. */
  readonly clipped: readonly string[];
  readonly smallestPx: number;
  readonly smallestAt: string;
}

/**
 * The names and numbers on the crisis card that their own box, or a box around them inside the card, cuts
 * short: an element counts as clipped when its content is wider than it is (scrollWidth > clientWidth), or when
 * it reaches past the right edge of an ancestor that hides overflow.
 */
async function clippedNamesAndNumbers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const card = document.querySelector('[data-testid="crisis-card"]');
    if (card === null) throw new Error('no card');
    const names = [...card.querySelectorAll('.person-name, .card-lead li > strong, .phone-number')].filter((element) => element.getClientRects().length > 0);
    if (names.length === 0) throw new Error('no names on the card');
    return names
      .filter((element) => {
        if (element.scrollWidth > element.clientWidth && getComputedStyle(element).display !== 'inline') return true;
        const right = element.getBoundingClientRect().right;
        for (let box = element.parentElement; box !== null && box !== card; box = box.parentElement) {
          if (getComputedStyle(box).overflowX !== 'visible' && right > box.getBoundingClientRect().right + 0.5) return true;
        }
        return false;
      })
      .map((element) => (element.textContent ?? '').trim());
  });
}

/** The header and the screen as laid out: sideways scroll, text wider than its box, the smallest type. */
async function screenFit(page: Page): Promise<ScreenFit> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const clipped: string[] = [];
    let smallest = { px: Number.POSITIVE_INFINITY, at: '' };
    for (const element of document.querySelectorAll('.app-header *, .screen *')) {
      // Text for screen readers only is 1 px wide on purpose.
      if (!(element instanceof HTMLElement) || element.getClientRects().length === 0 || element.classList.contains('visually-hidden')) continue;
      const style = getComputedStyle(element);
      const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
      if (ownText) {
        const px = parseFloat(style.fontSize);
        if (px < smallest.px) smallest = { px, at: (element.textContent ?? '').trim().slice(0, 50) };
      }
      // A region that scrolls on purpose, and a one-line text cut short with its whole text in its title, are fine.
      const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
      const ellipsis = style.textOverflow === 'ellipsis' && element.title !== '';
      if (ownText && !scrolls && !ellipsis && element.scrollWidth > element.clientWidth + 1 && style.display !== 'inline') {
        clipped.push(`${element.tagName.toLowerCase()}.${element.className}: ${(element.textContent ?? '').trim().slice(0, 50)}`);
      }
      if (scrolls && element.scrollWidth > element.clientWidth + 1) clipped.push(`scrolls sideways: ${element.className}`);
    }
    return { sideways: root.scrollWidth - root.clientWidth, clipped, smallestPx: smallest.px, smallestAt: smallest.at };
  });
}

test.describe('screens that fit', () => {
  test('the main menu, yearly cycle and security included, stays on one row at 1366 px in Dutch and English', async ({ app }) => {
    const page = app.page;
    await page.setViewportSize(LAPTOP);
    const crisis = new CrisisModePage(page);
    await crisis.waitForPlan();
    for (const language of ['Nederlands', 'English'] as const) {
      await crisis.chooseLanguage(language);
      await expect(page.getByRole('navigation', { name: language === 'English' ? 'Main menu' : 'Hoofdmenu' })).toBeVisible();
      const rows = await menuRows(page);
      expect(rows.tops.length).toBeGreaterThanOrEqual(11);
      expect(new Set(rows.tops).size, `${language}: menu rows ${rows.tops.join(',')}`).toBe(1);
      expect(rows.right).toBeLessThanOrEqual(rows.width);
      await page.screenshot({ path: join(screenshotDir, `menu-${language === 'English' ? 'en' : 'nl'}-1366.png`) });
    }
  });

  for (const language of ['Nederlands', 'English'] as const) {
    test(`every part of the yearly cycle fits at 1366x768 and 1024x640, readable, nothing cut off (${language})`, async ({ app }) => {
      test.setTimeout(120_000);
      const page = app.page;
      await page.setViewportSize(LAPTOP);
      const cycle = new CyclePage(page);
      await cycle.waitForPlan();
      await cycle.nameLaptop('Laptop BCM-coördinator');
      if (language === 'English') await cycle.chooseLanguage('English');
      await cycle.open();
      const parts = await page.getByRole('navigation', { name: /^(Onderdelen van de jaarcyclus|Parts of the yearly cycle)$/ }).getByRole('link').allTextContents();
      const screens: [string, () => Promise<void>][] = parts.map((part) => [part, () => cycle.part(part)]);
      screens.push(['running test', async () => {
        await cycle.part(parts[1] ?? '');
        await cycle.startTest();
        await cycle.mark(cycle.people.first(), language === 'English' ? 'Reached' : 'Bereikt');
      }]);
      for (const [name, show] of screens) {
        await show();
        for (const size of [LAPTOP, SMALL]) {
          await page.setViewportSize(size);
          const fit = await screenFit(page);
          const where = `${name} at ${size.width}`;
          expect(fit.sideways, where).toBeLessThanOrEqual(0);
          expect(fit.clipped, where).toEqual([]);
          // 12 px is the hint text; nothing on these screens is smaller.
          expect(fit.smallestPx, `${where}: "${fit.smallestAt}"`).toBeGreaterThanOrEqual(12);
        }
        await page.setViewportSize(LAPTOP);
        expect(await seriousViolations(page), name).toEqual([]);
      }
    });
  }

  for (const [language, size] of [['Nederlands', LAPTOP], ['English', LAPTOP], ['Nederlands', SMALL], ['English', SMALL]] as const) {
    test(`the crisis card shows everything without scrolling at ${size.width}x${size.height} (${language})`, async ({ app }) => {
      const page = app.page;
      await page.setViewportSize(size);
      const crisis = new CrisisModePage(page);
      await crisis.waitForPlan();
      await crisis.open();
      await crisis.activate({ scenarios: [/^Gemeentehuis gesloten/, /^Netwerk- of internetstoring/], by: 'Marieke van Dalen', exercise: true });
      if (language === 'English') await crisis.chooseLanguage('English');
      await expect(crisis.tab(language === 'English' ? /card/i : /kaart/i)).toHaveAttribute('aria-selected', 'true');
      await page.evaluate(() => window.scrollTo(0, 0));
      const overflow = await page.evaluate(() => {
        const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
        const card = document.querySelector('[data-testid="crisis-card"]');
        if (card === null) throw new Error('no card');
        // Every visible piece of the card's content, not only its blocks: a clipped last line counts too.
        const below = [...card.querySelectorAll('h2, h3, li, p, strong, span')]
          .filter((element) => element.getClientRects().length > 0)
          .filter((element) => {
            const box = element.getBoundingClientRect();
            return box.bottom > viewport.height + 0.5 || box.right > viewport.width + 0.5;
          })
          .map((element) => `${element.tagName} ${(element.textContent ?? '').slice(0, 40)}`);
        return { below, scrollable: document.documentElement.scrollHeight > window.innerHeight + 1 };
      });
      await page.screenshot({ path: join(screenshotDir, `crisis-card-${language === 'English' ? 'en' : 'nl'}-${size.width}.png`) });
      expect(overflow.below).toEqual([]);
      expect(overflow.scrollable).toBe(false);
      // Whom to call is read off the screen in full: no name, and no number, cut short by its box or its row.
      expect(await clippedNamesAndNumbers(page)).toEqual([]);
      for (const part of ['exercise-banner', 'card-lead', 'card-call', 'card-strategy', 'card-actions', 'card-deadlines', 'card-fallback']) {
        await expect(page.getByTestId(part)).toBeInViewport({ ratio: 1 });
      }
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});
