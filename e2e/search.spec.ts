import { expect, test } from './fixtures.js';
import { SearchPage } from './pages/other-pages.js';

test.describe('search', () => {
  test('finds people, numbers, roles and suppliers instantly as you type', async ({ app }) => {
    const search = new SearchPage(app.page);
    await search.waitForPlan();
    await search.open();
    await search.input.fill('verbeek');
    await expect(search.results.filter({ hasText: 'Henk Verbeek' }).first()).toBeVisible();

    await search.input.fill('burgemeester');
    await expect(search.results.filter({ hasText: 'Rol' }).first()).toBeVisible();

    await search.input.fill('GeoDelta');
    await expect(search.results.filter({ hasText: 'GeoDelta B.V.' }).first()).toBeVisible();
  });

  test('finds a person by phone number typed in national format, and opens the record', async ({ app }) => {
    const search = new SearchPage(app.page);
    await search.waitForPlan();
    await search.open();
    await search.input.fill('verbeek');
    const numberResult = search.results.filter({ hasText: 'Nummer' }).first();
    const shown = (await numberResult.locator('.result-label').textContent()) ?? '';
    expect(shown).toMatch(/^0/);
    await search.input.fill(shown.replace(/\s/g, ''));
    await expect(search.results.filter({ hasText: 'Henk Verbeek' }).first()).toBeVisible();
    await search.results.first().click();
    await expect(app.page.locator('#record-title')).toHaveText('Henk Verbeek');
  });
});
