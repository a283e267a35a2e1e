import { apiEvents, apiMethods } from '../shared/api-methods.js';
import { expect, test } from './fixtures.js';
import { OverviewPage } from './pages/overview-page.js';

test.describe('security of the page', () => {
  test('the page has no Node: require is undefined, and window.draaiboek holds only the contract', async ({ app }) => {
    await new OverviewPage(app.page).waitForPlan();
    expect(await app.page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await app.page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    const namespaces = await app.page.evaluate(() => Object.keys((window as unknown as { draaiboek: object }).draaiboek).sort());
    // Exactly the namespaces of the contract: nothing more reaches the page.
    const contractNamespaces = [...new Set([...apiMethods, ...apiEvents].map((name) => name.slice(0, name.indexOf('.'))))].sort();
    expect(namespaces).toEqual(contractNamespaces);
    expect(namespaces).toEqual(['app', 'contacts', 'copies', 'crisis', 'cycle', 'device', 'documents', 'history', 'plan', 'security', 'settings', 'sync']);
  });

  test('window.open opens nothing and a link to an outside URL does not navigate', async ({ app }) => {
    const page = app.page;
    await new OverviewPage(page).waitForPlan();
    const before = page.url();
    const pagesBefore = page.context().pages().length;
    expect(await page.evaluate(() => window.open('https://example.org/') === null)).toBe(true);
    await page.evaluate(() => {
      const link = document.createElement('a');
      link.href = 'https://example.org/';
      link.textContent = 'outside';
      link.id = 'outside-link';
      document.body.append(link);
    });
    await page.locator('#outside-link').click();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
    expect(page.url()).toBe(before);
    expect(page.context().pages().length).toBe(pagesBefore);
    expect(app.outsideRequests).toEqual([]);
  });

  test('arguments that do not fit the contract are refused before anything runs', async ({ app }) => {
    await new OverviewPage(app.page).waitForPlan();
    const result = await app.page.evaluate(() =>
      (window as unknown as { draaiboek: { plan: { apply: (changes: unknown) => Promise<unknown> } } }).draaiboek.plan.apply([{ op: 'drop-table' }]),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'SCHEMA_INVALID' } });
  });
});
