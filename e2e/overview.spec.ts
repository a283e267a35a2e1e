import { expect, test } from './fixtures.js';
import { OverviewPage } from './pages/overview-page.js';

test.describe('overview', () => {
  test('shows the sample plan, its revision and signer, and its health gaps linking to the record', async ({ app }) => {
    const overview = new OverviewPage(app.page);
    await overview.waitForPlan();
    await expect(overview.title).toHaveText('Bedrijfscontinuïteitsplan Gemeente Voorbeeldstad');
    await expect(overview.revision).toContainText('1');
    await expect(overview.fingerprint).toHaveText(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/);
    await expect(app.page.getByText('Handtekening geldig')).toBeVisible();
    await expect(app.page.getByText('College van burgemeester en wethouders van Voorbeeldstad, op 13 oktober 2026')).toBeVisible();

    const gap = overview.gap('roleWithoutDeputy', 'rol-ciso');
    await expect(gap).toHaveText(/Rol CISO heeft geen plaatsvervanger/);
    await gap.getByRole('link').click();
    await expect(app.page.getByRole('heading', { level: 2, name: 'CISO' })).toBeVisible();
  });
});
