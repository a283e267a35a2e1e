import { expect, test } from './fixtures.js';
import { OverviewPage } from './pages/overview-page.js';

test('the language switch speaks English and is remembered after a restart', async ({ app }) => {
  const overview = new OverviewPage(app.page);
  await overview.waitForPlan();
  await expect(app.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Wat nu?' })).toBeVisible();
  await overview.chooseLanguage('English');
  await expect(app.page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'What now?' })).toBeVisible();
  await expect(app.page.getByRole('heading', { name: 'Plan health' })).toBeVisible();
  expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('en');

  await app.restart();
  await overview.waitForPlan();
  await expect(app.page.getByRole('heading', { name: 'Plan health' })).toBeVisible();
  await overview.chooseLanguage('Nederlands');
  await expect(app.page.getByRole('heading', { name: 'Gezondheid van het plan' })).toBeVisible();
});
