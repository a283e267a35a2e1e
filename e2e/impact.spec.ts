import { expect, test } from './fixtures.js';
import { ImpactPage, SearchPage } from './pages/other-pages.js';
import { screenshotAtLaptopSizes, seriousAxeViolations } from './support/axe-check.js';

test.describe('impact view', () => {
  test('marks an application unavailable and shows the processes hit, by when, with their workaround', async ({ app }) => {
    const impact = new ImpactPage(app.page);
    await impact.waitForPlan();
    await impact.open();
    await expect(app.page.getByText('Geen processen geraakt.')).toBeVisible();
    await impact.markUnavailable('Applicaties', 'BRP-applicatie (Burgerlink BRP)');
    const hit = impact.processes.filter({ hasText: 'Aangifte van overlijden' });
    await expect(hit).toBeVisible();
    await expect(hit.locator('.due')).toContainText('Kritiek binnen');
    await expect(hit.locator('.workaround')).toContainText('Noodprocedure:');
    await expect(hit.locator('.reasons')).toContainText('BRP-applicatie');
  });

  test('a supplier down takes its applications and their processes down too', async ({ app }) => {
    const impact = new ImpactPage(app.page);
    await impact.waitForPlan();
    await impact.open();
    await impact.markUnavailable('Leveranciers en organisaties', 'Sociaal Plein Software');
    await expect(impact.processes.first()).toBeVisible();
    await expect(impact.processes.first().locator('.reasons')).toContainText('Sociaal Plein Software');
  });

  test('a marked supplier shows its 24/7 line, and the marks survive leaving the screen, in Dutch and English', async ({ app }) => {
    const impact = new ImpactPage(app.page);
    await impact.waitForPlan();
    await impact.open();
    await impact.markUnavailable('Leveranciers en organisaties', 'DataVeste Hosting B.V.');
    await impact.markUnavailable('Leveranciers en organisaties', 'GeoDelta B.V.');
    const marked = app.page.getByTestId('marked-suppliers');
    await expect(marked.locator('li').filter({ hasText: 'DataVeste Hosting B.V.' })).toContainText('055 590 9099');
    await expect(marked.locator('li').filter({ hasText: 'DataVeste Hosting B.V.' }).locator('.phone-kind')).toHaveText('24/7-nummer');
    await expect(marked.locator('li').filter({ hasText: 'GeoDelta B.V.' })).toContainText('Geen 24/7-nummer vastgelegd');
    const hitCount = await impact.processes.count();
    expect(hitCount).toBeGreaterThan(0);
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await screenshotAtLaptopSizes(app.page, 'impact-marked-supplier-nl');

    await new SearchPage(app.page).open();
    await impact.open();
    await expect(app.page.getByRole('checkbox', { name: 'DataVeste Hosting B.V.' })).toBeChecked();
    await expect(impact.processes).toHaveCount(hitCount);
    await expect(marked.locator('li')).toHaveCount(2);

    await impact.chooseLanguage('English');
    await expect(marked.locator('li').filter({ hasText: 'GeoDelta B.V.' })).toContainText('No 24/7 line recorded');
    await expect(marked.locator('li').filter({ hasText: 'DataVeste Hosting B.V.' }).locator('.phone-kind')).toHaveText('24/7 line');
    expect(await seriousAxeViolations(app.page)).toEqual([]);
  });
});
