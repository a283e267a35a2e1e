import { expect, test } from './fixtures.js';
import { ImpactPage } from './pages/other-pages.js';

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
});
