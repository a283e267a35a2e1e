import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures.js';
import { OverviewPage } from './pages/overview-page.js';

test('the first start asks for this laptop’s name; main checks it, it is kept, and it can be changed', async ({ app }) => {
  const page = app.page;
  const overview = new OverviewPage(page);
  await overview.waitForPlan();
  const ask = page.getByRole('region', { name: 'Hoe heet deze laptop?' });
  await expect(ask).toBeVisible();
  const results = await new AxeBuilder({ page }).include('.device-name').analyze();
  expect(results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
  await app.screenshot('device-name-first-start');

  await ask.getByLabel('Naam van deze laptop').fill('x');
  await ask.getByRole('button', { name: 'Naam opslaan' }).click();
  await expect(ask.getByRole('alert')).toContainText('gebruik 2 tot 80 tekens');

  await ask.getByLabel('Naam van deze laptop').fill('Laptop BCM-coördinator');
  await ask.getByRole('button', { name: 'Naam opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deze laptop heet nu "Laptop BCM-coördinator".' })).toBeVisible();
  await expect(ask).toHaveCount(0);
  const trust = JSON.parse(await readFile(join(app.dataDir, 'trust.json'), 'utf8')) as { signers: { name: string }[] };
  expect(trust.signers.map((signer) => signer.name)).toEqual(['Laptop BCM-coördinator']);

  // Asked once: not again after a restart, and changeable from the header.
  await app.restart();
  await overview.waitForPlan();
  await expect(page.getByRole('region', { name: 'Hoe heet deze laptop?' })).toHaveCount(0);
  await overview.chooseLanguage('English');
  await page.getByRole('button', { name: 'This laptop: Laptop BCM-coördinator' }).click();
  const change = page.getByRole('region', { name: 'What is this laptop called?' });
  await change.getByLabel('Name of this laptop').fill('Reservelaptop stadhuis');
  await change.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('button', { name: 'This laptop: Reservelaptop stadhuis' })).toBeVisible();
  await overview.chooseLanguage('Nederlands');
});
