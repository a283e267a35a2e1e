import { expect, test } from './fixtures.js';
import { OverviewPage } from './pages/overview-page.js';
import { screenshotAtLaptopSizes, seriousAxeViolations } from './support/axe-check.js';

test.describe('health list', () => {
  test('groups the gaps by rule with a count, each worded as the problem and its fix, in Dutch and English', async ({ app }) => {
    const overview = new OverviewPage(app.page);
    await overview.waitForPlan();
    const rto = app.page.locator('[data-testid="health-group"][data-code="processRtoShorterThanApplicationRto"]');
    await expect(rto.locator('.health-rule')).toHaveText('RTO van het proces korter dan de applicatie toestaat (19)');
    await expect(rto.locator('.health-fix')).toContainText('Oplossing:');
    // A long group opens on request; a short one shows its cases at once.
    await expect(rto.getByTestId('health-gap')).toHaveCount(0);
    await expect(overview.gap('roleWithoutDeputy', 'rol-ciso')).toBeVisible();
    await rto.locator('summary').click();
    await expect(rto.getByTestId('health-gap')).toHaveCount(19);
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await screenshotAtLaptopSizes(app.page, 'health-list-nl', app.page.getByTestId('health-count'));

    await overview.chooseLanguage('English');
    await expect(rto.locator('.health-rule')).toHaveText('Process RTO shorter than its application allows (19)');
    await expect(rto.locator('.health-fix')).toContainText('Fix:');
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await screenshotAtLaptopSizes(app.page, 'health-list-en', app.page.getByTestId('health-count'));
  });

  test('following a gap opens the record with the field at fault in view, focused and highlighted', async ({ app }) => {
    const overview = new OverviewPage(app.page);
    await overview.waitForPlan();
    const rto = app.page.locator('[data-testid="health-group"][data-code="processRtoShorterThanApplicationRto"]');
    await rto.locator('summary').click();
    await rto.locator('[data-testid="health-gap"][data-record="proc-uitkering-betalen"]').getByRole('link').click();
    const slot = app.page.locator('[data-field="rto"]');
    await expect(slot).toHaveClass(/field-highlight/);
    await expect(slot.locator('input').first()).toBeFocused();
    await expect(slot).toBeInViewport();
    await screenshotAtLaptopSizes(app.page, 'health-gap-followed-nl');

    await app.page.goBack();
    const supplier = overview.gap('supplierWithoutLine24x7', 'org-geodelta');
    await supplier.getByRole('link').click();
    await expect(app.page.locator('[data-field="line24x7"]')).toHaveClass(/field-highlight/);
    await expect(app.page.locator('#field-line24x7')).toBeFocused();
    expect(await seriousAxeViolations(app.page)).toEqual([]);
  });
});
