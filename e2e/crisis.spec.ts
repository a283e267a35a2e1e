import { expect, test } from './fixtures.js';
import { CrisisPage } from './pages/crisis-page.js';

test.describe('crisis view: Wat nu?', () => {
  test('is two clicks from the start and shows first-hour actions, who to call and what is due first', async ({ app }) => {
    const crisis = new CrisisPage(app.page);
    await crisis.waitForPlan();
    // A fresh laptop asks for its name on other screens; never above the crisis view.
    await expect(app.page.getByRole('heading', { name: 'Hoe heet deze laptop?' })).toBeVisible();
    await crisis.open();
    await expect(app.page.getByRole('heading', { name: 'Hoe heet deze laptop?' })).toHaveCount(0);
    await crisis.chooseScenario('Cyberaanval of ransomware');

    await expect(crisis.firstHourSteps.first()).toBeVisible();
    expect(await crisis.firstHourSteps.count()).toBeGreaterThan(1);

    // Primary and deputies of the roles the scenario needs, with their numbers in Dutch national format.
    await expect(crisis.whoToCall.getByRole('heading', { name: /Burgemeester/ })).toBeVisible();
    await expect(crisis.whoToCall.getByText('vaste functionaris').first()).toBeVisible();
    await expect(crisis.whoToCall.getByText('plaatsvervanger').first()).toBeVisible();
    const firstNumber = await crisis.whoToCall.locator('.phone-number').first().textContent();
    expect(firstNumber).toMatch(/^0\d{1,3} ?\d/);

    // Most urgent first: the "due within" figures never decrease down the list.
    const dues = await crisis.affectedProcesses.locator('.due').allTextContents();
    expect(dues.length).toBeGreaterThan(1);
    const minutes = dues.map((text) => {
      const match = /Kritiek binnen ([\d.,]+) (minuut|minuten|uur|dag|dagen|week|weken)/.exec(text);
      if (match === null) return Number.POSITIVE_INFINITY;
      const value = Number(match[1]?.replace(',', '.'));
      const unit = match[2] ?? '';
      const factor = unit.startsWith('minu') ? 1 : unit === 'uur' ? 60 : unit.startsWith('dag') ? 1440 : 10080;
      return value * factor;
    });
    expect([...minutes].sort((a, b) => a - b)).toEqual(minutes);
  });

  test('works with the keyboard alone', async ({ app }) => {
    const crisis = new CrisisPage(app.page);
    await crisis.waitForPlan();
    const menuLink = app.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Wat nu?' });
    await menuLink.focus();
    await app.page.keyboard.press('Enter');
    await expect(app.page.getByRole('heading', { level: 1, name: 'Wat nu?' })).toBeVisible();
    const scenario = app.page.getByRole('link', { name: 'Stroomstoring' });
    await scenario.focus();
    await app.page.keyboard.press('Enter');
    await expect(app.page.locator('#scenario-title')).toHaveText('Stroomstoring');
  });
});
