import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, type DraaiboekApp } from './fixtures.js';
import { EditorPage } from './pages/editor-page.js';
import { ConflictsPage, SyncPage } from './pages/sync-page.js';

const PASSPHRASE = 'vier losse woorden hier';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`);
}

async function editNumber(app: DraaiboekApp, person: string, value: string): Promise<void> {
  const editor = new EditorPage(app.page);
  await editor.openSection(/^Personen/);
  await editor.openRecord(person);
  await editor.form.getByLabel(/^Nummer\*?$/).first().fill(value);
  await editor.save();
  await expect(editor.form.locator('.field-error')).toHaveCount(0);
}

async function latestSaved(app: DraaiboekApp): Promise<string> {
  const last = (await app.savedFiles()).at(-1);
  if (last === undefined) throw new Error('nothing was saved');
  return last;
}

test('a conflict names both laptops, marks the difference, keeps both numbers, and the editor warns meanwhile', async ({ app, secondApp }) => {
  test.setTimeout(180_000);
  const first = new SyncPage(app.page);
  const second = new SyncPage(secondApp.page);
  await first.waitForPlan();
  await second.waitForPlan();

  // Laptop 2 takes laptop 1's plan.
  await first.open();
  await first.exportBundle({ passphrase: PASSPHRASE }, 'Laptop 2');
  await second.open();
  await second.dropFile(await latestSaved(app));
  await second.enterBundlePassphrase(PASSPHRASE);
  await second.confirmFingerprint();
  await secondApp.answerNextConfirmation(true);
  await second.apply();

  // Henk Verbeek's first number changed on both laptops, then laptop 2's plan merged into laptop 1's.
  await editNumber(app, 'Henk Verbeek', '06 12345678');
  await editNumber(secondApp, 'Henk Verbeek', '06 23456789');
  await second.open();
  await second.exportBundle({ passphrase: PASSPHRASE }, 'Laptop test');
  await first.open();
  await first.dropFile(await latestSaved(secondApp));
  await first.enterBundlePassphrase(PASSPHRASE);
  await first.confirmFingerprint();
  await app.answerNextConfirmation(true);
  await first.apply();

  // While the conflict is open, the editor says the numbers are disputed.
  const editor = new EditorPage(app.page);
  await editor.openSection(/^Personen/);
  await editor.openRecord('Henk Verbeek');
  await expect(editor.form.locator('[data-field="phones"]').getByTestId('disputed')).toContainText('Betwist');
  await expect(editor.form.locator('[data-field="name"]').getByTestId('disputed')).toHaveCount(0);
  const numbersBefore = await editor.form.getByLabel(/^Nummer\*?$/).count();

  const conflicts = new ConflictsPage(app.page);
  await conflicts.openFromOverview();
  const card = conflicts.cards.first();
  // One side is this laptop's edit, the other Laptop 2's, each with its time.
  const labels = [await card.getByTestId('conflict-current-by').innerText(), await card.getByTestId('conflict-other-by').innerText()].sort();
  expect(labels[1]).toMatch(/^gewijzigd door dit apparaat op \d+ dec\.? 2026/);
  expect(labels[0]).toMatch(/^gewijzigd door Laptop 2 op \d+ dec\.? 2026/);
  await expect(card.getByTestId('conflict-current').getByTestId('conflict-only-here')).toHaveCount(1);
  await expect(card.getByTestId('conflict-other').getByTestId('conflict-only-here')).toHaveCount(1);
  // Each side shows its own number marked, never the other's twice.
  const marked = [
    await card.getByTestId('conflict-current').getByTestId('conflict-only-here').innerText(),
    await card.getByTestId('conflict-other').getByTestId('conflict-only-here').innerText(),
  ].map((text) => /06 \d{8}/.exec(text)?.[0]);
  expect(marked.sort()).toEqual(['06 12345678', '06 23456789']);
  await app.screenshot('conflict-keep-both');
  expect(await seriousViolations(app.page)).toEqual([]);

  await card.getByRole('button', { name: 'Beide bewaren' }).click();
  await expect(conflicts.none).toBeVisible();

  await editor.openSection(/^Personen/);
  await editor.openRecord('Henk Verbeek');
  await expect(editor.form.getByLabel(/^Nummer\*?$/)).toHaveCount(numbersBefore + 1);
  await expect(editor.form.getByTestId('disputed')).toHaveCount(0);
});
