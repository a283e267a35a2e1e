import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { OverviewPage } from './pages/overview-page.js';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`);
}

const screens: readonly [string, string][] = [
  ['overview', '#/'],
  ['crisis', '#/crisis'],
  ['crisis scenario', '#/crisis/scen-cyberaanval'],
  ['impact', '#/impact'],
  ['search', '#/search'],
  ['history', '#/history'],
  ['past revision', '#/history/1'],
  ['contacts', '#/contacts'],
  ['people editor', '#/edit/people/p-henk-verbeek'],
  ['role editor', '#/edit/roles/rol-ciso'],
  ['call tree', '#/edit/callTree'],
  ['process editor', '#/edit/processes/proc-aangifte-overlijden'],
  ['scenario editor', '#/edit/scenarios/scen-cyberaanval'],
  ['organisation editor', '#/edit/organisations/org-geodelta'],
  ['application editor', '#/edit/applications'],
  ['location editor', '#/edit/locations'],
  ['exercise editor', '#/edit/exercises'],
  ['plan metadata', '#/edit/meta'],
];

test('every screen has no serious or critical axe-core violation', async ({ app }) => {
  // One axe run per screen, about two dozen of them: close to a minute on a quiet two-core machine.
  test.slow();
  const page = app.page;
  await new OverviewPage(page).waitForPlan();
  const found: string[] = [];
  for (const [name, hash] of screens) {
    await page.evaluate((target) => {
      window.location.hash = target;
    }, hash);
    await expect(page.locator('main#main h1').first()).toBeVisible();
    for (const violation of await seriousViolations(page)) found.push(`${name}: ${violation}`);
  }
  expect(found).toEqual([]);
});

test('the refusal screen and the search results pass axe too', async ({ app }) => {
  const page = app.page;
  await new OverviewPage(page).waitForPlan();
  await page.evaluate(() => {
    window.location.hash = '#/search';
  });
  await page.getByRole('searchbox').fill('de');
  await expect(page.locator('.search-result').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the menu is reachable and usable with the keyboard alone', async ({ app }) => {
  const page = app.page;
  await new OverviewPage(page).waitForPlan();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
  for (let presses = 0; presses < 12; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Zoeken' }).evaluate((link) => link === document.activeElement)) break;
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Zoeken' })).toBeVisible();
  await page.keyboard.type('verbeek');
  await expect(page.locator('.search-result').first()).toBeVisible();
});
