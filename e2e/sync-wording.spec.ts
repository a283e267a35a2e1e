import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { expect, screenshotDir, test } from './fixtures.js';
import { SyncPage } from './pages/sync-page.js';

test.describe('sync wording', () => {
  test('an export error clears when the user changes the option it was about, and only then', async ({ app }) => {
    const page = app.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    const sync = new SyncPage(page);
    await sync.waitForPlan();
    await sync.open();
    const panel = page.getByRole('region', { name: 'Naar een USB-stick' });
    const problem = panel.getByRole('alert');

    await panel.getByLabel(/^Niet versleutelen$/).check();
    await panel.getByRole('button', { name: 'Bundel opslaan…' }).click();
    await expect(problem).toHaveText('Bevestig dat u de bundel onversleuteld wilt schrijven, of kies voor versleutelen.');
    // Typing a recipient is not what the message was about.
    await panel.getByLabel(/^Voor wie/).fill('Laptop reservelocatie');
    await expect(problem).toBeVisible();
    await page.screenshot({ path: join(screenshotDir, 'sync-export-error-1366.png') });
    await panel.getByLabel(/^Ik begrijp dit/).check();
    await expect(problem).toHaveCount(0);

    await panel.getByLabel(/^Versleutelen met een wachtwoordzin/).check();
    await panel.getByLabel(/^Wachtwoordzin$/).fill('kort');
    await panel.getByRole('button', { name: 'Bundel opslaan…' }).click();
    await expect(problem).toContainText('te kort');
    await panel.getByLabel(/^Wachtwoordzin$/).fill('kort genoeg voor een echte wachtwoordzin');
    await expect(problem).toHaveCount(0);

    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
  });
});
