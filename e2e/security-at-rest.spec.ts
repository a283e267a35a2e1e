import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { OverviewPage } from './pages/overview-page.js';
import { SecurityPage } from './pages/security-page.js';

const AGE_HEADER = 'age-encryption.org/v1';

async function planHead(dataDir: string): Promise<string> {
  return (await readFile(join(dataDir, 'plan.json'))).subarray(0, AGE_HEADER.length).toString('latin1');
}

async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  return results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id);
}

test('the overview tells whether the data folder is encrypted, and the security screen turns it on on the user’s word to main', async ({ app }) => {
  const page = app.page;
  const overview = new OverviewPage(page);
  const security = new SecurityPage(page);
  await overview.waitForPlan();

  const note = page.getByTestId('at-rest-note');
  await expect(note).toContainText('Gegevensmap niet versleuteld');
  expect(await seriousViolations(page, '.plan-identity')).toEqual([]);
  await note.getByRole('link', { name: 'U kunt versleuteling aanzetten bij Beveiliging.' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beveiliging' })).toBeVisible();
  await expect(security.state).toHaveText('Deze gegevensmap is niet versleuteld.');
  expect(await seriousViolations(page, 'main')).toEqual([]);

  // Declined in main's dialog: nothing changes, whatever the page asked.
  await app.answerNextConfirmation(false);
  await security.switchButton('Versleuteling aanzetten').click();
  await expect(page.getByRole('status').filter({ hasText: 'Er is niets gewijzigd.' })).toBeVisible();
  expect(await planHead(app.dataDir)).not.toBe(AGE_HEADER);

  await app.answerNextConfirmation(true);
  await security.switchButton('Versleuteling aanzetten').click();
  await expect(page.getByRole('status').filter({ hasText: 'De gegevensmap is nu versleuteld.' })).toBeVisible();
  await expect(security.state).toHaveText('Deze gegevensmap is versleuteld.');
  expect(await planHead(app.dataDir)).toBe(AGE_HEADER);
  expect((await readFile(join(app.dataDir, 'plan.json'))).includes('Voorbeeldstad')).toBe(false);
  if (app.mode === 'chromium') {
    expect((await app.confirmations()).map((request) => request.kind)).toEqual(['encryption-at-rest', 'encryption-at-rest']);
  }
  await app.screenshot('security-at-rest-on');

  await overview.open();
  await expect(note).toHaveText('Gegevensmap versleuteld');

  await overview.chooseLanguage('English');
  await expect(note).toHaveText('Data folder encrypted');
  await security.open();
  await expect(page.getByRole('heading', { level: 1, name: 'Security' })).toBeVisible();
  await expect(security.state).toHaveText('This data folder is encrypted.');
  await expect(security.switchButton('Turn encryption off')).toBeVisible();
  expect(await seriousViolations(page, 'main')).toEqual([]);

  // Saved after a restart too: the folder opens encrypted, and a change is written sealed.
  await app.restart();
  await overview.waitForPlan();
  await overview.open();
  await expect(page.getByTestId('at-rest-note')).toHaveText(/Data folder encrypted|Gegevensmap versleuteld/);
  expect(await planHead(app.dataDir)).toBe(AGE_HEADER);
});
