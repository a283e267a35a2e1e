import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, screenshotDir, test } from './fixtures.js';
import { OverviewPage } from './pages/overview-page.js';

const mainScreens: readonly [string, string, string][] = [
  ['01-overzicht', '#/', '#plan-title'],
  ['02-wat-nu', '#/crisis', 'main h1'],
  ['03-wat-nu-cyberaanval', '#/crisis/scen-cyberaanval', '#scenario-title'],
  ['04-impact', '#/impact', 'main h1'],
  ['05-zoeken', '#/search', 'main h1'],
  ['06-geschiedenis', '#/history', '[data-testid="history-row"]'],
  ['07-personen', '#/edit/people/p-henk-verbeek', '#record-title'],
  ['08-crisisrollen', '#/edit/roles/rol-burgemeester', '#record-title'],
  ['09-belboom', '#/edit/callTree', 'main h1'],
  ['10-processen', '#/edit/processes/proc-aangifte-overlijden', '#record-title'],
  ['11-scenarios', '#/edit/scenarios/scen-cyberaanval', '#record-title'],
  ['12-plangegevens', '#/edit/meta', '#record-title'],
  ['13-contacten', '#/contacts', 'main h1'],
];

test('screenshots of every main screen, sample plan, in Dutch', async ({ app }) => {
  const page = app.page;
  await new OverviewPage(page).waitForPlan();
  for (const [name, hash, ready] of mainScreens) {
    await page.evaluate((target) => {
      window.location.hash = target;
    }, hash);
    await expect(page.locator(ready).first()).toBeVisible();
    if (name === '05-zoeken') await page.getByRole('searchbox').fill('burgemeester');
    await app.screenshot(name);
    expect((await stat(join(screenshotDir, `${name}.png`))).size).toBeGreaterThan(10_000);
  }
});
