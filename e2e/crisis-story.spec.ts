import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshotDir, test, type DraaiboekApp } from './fixtures.js';
import { CrisisModePage } from './pages/crisis-mode-page.js';
import { CyclePage } from './pages/cycle-page.js';
import { SyncPage } from './pages/sync-page.js';
import { printedPage } from './support/printed-page.js';

const LAPTOP = { width: 1366, height: 768 };
const SMALL = { width: 1024, height: 640 };

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`);
}

async function shoot(page: Page, name: string): Promise<void> {
  for (const [suffix, size] of [['1366', LAPTOP], ['1024', SMALL]] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(screenshotDir, `crisis-${name}-${suffix}.png`) });
  }
  await page.setViewportSize(LAPTOP);
}

/** The element lies wholly within the viewport: seen without scrolling. */
async function expectInViewport(page: Page, testId: string): Promise<void> {
  const box = await page.getByTestId(testId).boundingBox();
  expect(box, testId).not.toBeNull();
  const viewport = page.viewportSize();
  if (box === null || viewport === null) return;
  expect(box.y, `${testId} top`).toBeGreaterThanOrEqual(0);
  expect(box.x, `${testId} left`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${testId} bottom`).toBeLessThanOrEqual(viewport.height);
  expect(box.x + box.width, `${testId} right`).toBeLessThanOrEqual(viewport.width);
}

test('crisis mode on one laptop: activate an exercise, the card at 1366x768, staffing, checklist, logbook, decisions, handover', async ({ app }) => {
  test.setTimeout(120_000);
  const page = app.page;
  await page.setViewportSize(LAPTOP);
  const crisis = new CrisisModePage(page);
  await crisis.waitForPlan();
  await crisis.open();
  expect(await seriousViolations(page)).toEqual([]);
  await shoot(page, '01-activeren');

  await crisis.activate({ scenarios: [/^Gemeentehuis gesloten/, /^Netwerk- of internetstoring/], by: 'Marieke van Dalen', role: 'Gemeentesecretaris, voorzitter crisisteam bedrijfscontinuïteit', exercise: true });
  await expect(crisis.banner).toHaveText('OEFENING');

  // The essentials of the card, seen at 1366x768 without scrolling.
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, '02-kaart');
  for (const part of ['exercise-banner', 'card-lead', 'card-call', 'card-strategy', 'card-actions', 'card-deadlines']) await expectInViewport(page, part);
  await expect(page.getByTestId('card-fallback')).toContainText('De Schakel');
  await expect(page.getByTestId('card-deadlines')).toContainText(/vóór (ma|di|wo|do|vr|za|zo) \d{1,2} \w{3} \d{2}:\d{2}/);
  await expect(page.getByTestId('card-lead')).toContainText('Henk Verbeek');
  const aov = page.getByTestId('card-call').locator('.card-role', { hasText: "AOV'er" });
  await expect(aov).toContainText('Jeroen Mulder');
  expect(await seriousViolations(page)).toEqual([]);

  // The card on paper: one A4, the exercise marked, without the app's menu.
  const card = await printedPage(page, screenshotDir, 'crisis-kaart');
  expect(card.pages).toBe(1);
  expect(card.text).toContain('OEFENING');
  expect(card.text).toContain('Jeroen Mulder');
  expect(card.text).toContain('De Schakel');
  expect(card.text).not.toContain('Kaart afdrukken');

  // The AOV'er falls ill: the deputy stands in, on the card and in the staffing.
  await page.keyboard.press('5');
  await expect(crisis.tab(/Bezetting/)).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('combobox', { name: 'Persoon' }).selectOption({ label: 'Jeroen Mulder' });
  await page.getByRole('button', { name: 'Afwezig melden' }).click();
  await expect(page.getByTestId('staffing-derived')).toContainText("AOV'er, crisiscoördinator en starter alarmering: Fatima El Amrani neemt waar");
  expect(await seriousViolations(page)).toEqual([]);
  await shoot(page, '03-bezetting');
  await page.keyboard.press('1');
  await expect(aov.locator('.card-person.away')).toContainText('Jeroen Mulder');
  await expect(aov.locator('.card-person.stands-in')).toContainText('Fatima El Amrani');
  await expect(aov.locator('.card-person.stands-in')).toContainText('neemt waar');

  // Three steps ticked, one click each.
  await page.keyboard.press('2');
  for (let i = 1; i <= 3; i += 1) {
    await page.getByRole('button', { name: /^Afvinken:/ }).first().click();
    await expect(page.getByRole('button', { name: /^Weer openzetten:/ })).toHaveCount(i);
  }
  await expect(page.getByRole('button', { name: /^Weer openzetten:/ })).toHaveCount(3);
  await expect(crisis.checklistItems.filter({ hasText: /gedaan(, | door )/ })).toHaveCount(3);
  expect(await seriousViolations(page)).toEqual([]);
  await shoot(page, '04-checklist');

  // Five log entries and two decisions.
  await page.keyboard.press('3');
  await page.getByRole('textbox', { name: 'Uw naam' }).fill('Ilse van Rijn');
  const messages = ['Brandweer meldt: pand ontruimd', 'Netwerkstoring bevestigd door leverancier', 'Sleutel De Schakel opgehaald', 'Belboom gestart', 'Website buurgemeente geeft eerste bericht'];
  for (const message of messages) await crisis.writeLog(message, { from: 'Meldkamer', to: 'Crisisteam' });
  await expect(crisis.logEntries.first()).toContainText(messages[4] ?? '');
  // A correction strikes the old entry through; it is never removed.
  await crisis.logEntries.filter({ hasText: 'Belboom gestart' }).getByRole('button', { name: /^Corrigeren/ }).click();
  await crisis.writeLog('Belboom gestart om 09:10 (niet 09:00)');
  await expect(crisis.logEntries.filter({ hasText: 'Belboom gestart' }).locator('s')).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);
  await shoot(page, '05-logboek');

  await page.keyboard.press('4');
  await crisis.decide('Uitwijken naar De Schakel', 'Gemeentehuis minstens een dag dicht');
  await crisis.decide('Balie Burgerzaken via Buurstede', 'Aangiftes overlijden moeten door');
  expect(await seriousViolations(page)).toEqual([]);
  await shoot(page, '06-besluiten');

  await page.keyboard.press('6');
  await expect(page.getByTestId('handover')).toContainText('Uitwijken naar De Schakel');
  await expect(page.getByTestId('handover')).toContainText('Jeroen Mulder');
  expect(await seriousViolations(page)).toEqual([]);
  await shoot(page, '07-overdracht');
  // The next shift's page, printed: one A4, the exercise marked, decisions and who is away on it.
  const handover = await printedPage(page, screenshotDir, 'crisis-overdracht');
  expect(handover.pages).toBe(1);
  expect(handover.text).toContain('OEFENING');
  expect(handover.text).toContain('Uitwijken naar De Schakel');
  expect(handover.text).toContain('Jeroen Mulder');

  await page.keyboard.press('7');
  expect(await seriousViolations(page)).toEqual([]);
  await shoot(page, '08-afsluiten');

  // Every string in English too.
  await page.keyboard.press('1');
  await crisis.chooseLanguage('English');
  await expect(crisis.banner).toHaveText('EXERCISE');
  await expect(page.getByTestId('card-call')).toContainText('stands in');
  await expect(page.getByTestId('card-deadlines')).toContainText(/before (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} \w{3} \d{2}:\d{2}/);
  await shoot(page, '09-card-english');
});

const PASSPHRASE = 'vier losse woorden hier';

async function latestSaved(app: DraaiboekApp): Promise<string> {
  const saved = await app.savedFiles();
  const last = saved.at(-1);
  if (last === undefined) throw new Error('nothing was saved');
  return last;
}

/** Carries one laptop's bundle to the other, through the sync screen, trusting the sender after the fingerprint check. */
async function carry(from: DraaiboekApp, to: DraaiboekApp, recipient: string): Promise<void> {
  const sending = new SyncPage(from.page);
  const receiving = new SyncPage(to.page);
  await sending.open();
  await sending.exportBundle({ passphrase: PASSPHRASE }, recipient);
  await receiving.open();
  await receiving.dropFile(await latestSaved(from));
  await receiving.enterBundlePassphrase(PASSPHRASE);
  await expect(receiving.preview).toBeVisible();
  if (await receiving.preview.getByLabel(/klopt met de papieren crisismap/).isVisible()) {
    await receiving.confirmFingerprint();
    await to.answerNextConfirmation(true);
  }
  // A plan the receiver already has still brings the sender's crisis events: the preview says so and reads them in.
  await receiving.applyButton.click();
  await expect(to.page.getByTestId('import-done')).toBeVisible();
}

async function timelineOf(app: DraaiboekApp): Promise<string[]> {
  const crisis = new CrisisModePage(app.page);
  await crisis.open();
  await crisis.show(/Logboek/);
  return (await crisis.logEntries.locator('.log-message').allTextContents()).map((text) => text.trim());
}

test('two laptops: A activates an exercise, B takes it in and logs apart, both converge on one timeline; B closes, A sees it closed', async ({ app, secondApp }) => {
  test.setTimeout(240_000);
  const a = new CrisisModePage(app.page);
  const b = new CrisisModePage(secondApp.page);
  await a.waitForPlan();
  await b.waitForPlan();
  await a.open();
  await a.activate({ scenarios: [/^Gemeentehuis gesloten/, /^Netwerk- of internetstoring/], by: 'Marieke van Dalen', exercise: true });
  await a.show(/Logboek/);
  await a.writeLog('A: pand ontruimd');

  // B adopts A's plan and, with it, the crisis.
  await carry(app, secondApp, 'Laptop 2');
  await b.open();
  await expect(b.banner).toHaveText('OEFENING');
  await b.show(/Logboek/);
  await expect(b.logEntries).toHaveCount(1);

  // Each logs apart.
  await b.writeLog('B: netwerk ligt er ook uit');
  await b.writeLog('B: leverancier gebeld');
  await a.open();
  await a.show(/Logboek/);
  await a.writeLog('A: sleutel De Schakel opgehaald');

  await carry(app, secondApp, 'Laptop 2');
  await carry(secondApp, app, 'Laptop test');
  const onA = await timelineOf(app);
  const onB = await timelineOf(secondApp);
  expect(onA).toHaveLength(4);
  expect(onA).toEqual(onB);

  // B closes with an evaluation; A takes it in and shows the crisis closed.
  await b.show(/Afsluiten/);
  await secondApp.page.getByRole('textbox', { name: 'Afgesloten door' }).fill('Ronald Kuipers');
  await secondApp.page.getByRole('textbox', { name: 'Wat ging goed' }).fill('De belboom werkte');
  await secondApp.page.getByRole('textbox', { name: 'Actie' }).fill('Sleutelkluis bij De Schakel');
  await secondApp.page.getByRole('textbox', { name: 'Eigenaar' }).fill('Marco Schouten');
  await secondApp.page.getByLabel('Klaar op').fill('2027-01-15');
  await secondApp.page.getByRole('button', { name: 'Crisis afsluiten' }).click();
  await expect(secondApp.page.getByRole('heading', { name: 'Eerdere crises' })).toBeVisible();
  await carry(secondApp, app, 'Laptop test');
  await a.open();
  await expect(app.page.getByRole('heading', { name: 'Eerdere crises' })).toBeVisible();
  await expect(app.page.getByRole('button', { name: /Gemeentehuis gesloten.*OEFENING.*Afgesloten/ })).toBeVisible();
  await app.page.getByRole('button', { name: /Gemeentehuis gesloten.*OEFENING.*Afgesloten/ }).click();
  await a.show(/Afsluiten/);
  await expect(app.page.getByTestId('closed')).toContainText('Afgesloten');
  await expect(app.page.getByTestId('closed')).toContainText('Sleutelkluis bij De Schakel');
  expect(await seriousViolations(app.page)).toEqual([]);

  // The evaluation's action becomes the plan's own, once, and the yearly cycle lists it with the crisis as source.
  await app.page.getByRole('button', { name: 'Verbeteracties opnemen in het plan (1)' }).click();
  await expect(app.page.getByTestId('take-over-actions')).toContainText('De verbeteracties staan in het plan');
  const cycle = new CyclePage(app.page);
  await cycle.open(/^Verbeteracties$/);
  const row = app.page.getByTestId('action-list').locator('tbody tr', { hasText: 'Sleutelkluis bij De Schakel' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Gemeentehuis gesloten');
});
