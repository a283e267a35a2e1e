import AxeBuilder from '@axe-core/playwright';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { DraaiboekBridge, PlanView } from '../shared/api.js';
import { normalizeContent } from '../shared/plan/sync/index.js';
import { snapshotDir } from '../main/core/test-support/temp-data-dir.js';
import { expect, test, type DraaiboekApp } from './fixtures.js';
import { EditorPage } from './pages/editor-page.js';
import { ConflictsPage, SyncPage } from './pages/sync-page.js';

const PASSPHRASE = 'vier losse woorden hier';

/** The plan as the contract shows it to the page. */
async function planOf(page: Page): Promise<PlanView> {
  const envelope = await page.evaluate(() => (window as unknown as { draaiboek: DraaiboekBridge }).draaiboek.plan.current());
  if (!envelope.ok) throw new Error(envelope.error.code);
  return envelope.value;
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`);
}

async function editField(app: DraaiboekApp, person: string, label: string, value: string, index = 0): Promise<void> {
  const editor = new EditorPage(app.page);
  await editor.openSection(/^Personen/);
  await editor.openRecord(person);
  await editor.form.getByLabel(new RegExp(`^${label}\\*?$`)).nth(index).fill(value);
  await editor.save();
  await expect(editor.form.locator('.field-error')).toHaveCount(0);
}

async function latestSaved(app: DraaiboekApp): Promise<string> {
  const saved = await app.savedFiles();
  const last = saved.at(-1);
  if (last === undefined) throw new Error('nothing was saved');
  return last;
}

test('two laptops: export to a stick, adopt with a checked fingerprint, edit apart, sync both ways, resolve, agree', async ({ app, secondApp }) => {
  test.setTimeout(180_000);
  const stick = join(app.dataDir, '..', 'usb-stick');
  await mkdir(stick);
  const first = new SyncPage(app.page);
  const second = new SyncPage(secondApp.page);
  await first.waitForPlan();
  await second.waitForPlan();
  const firstFingerprint = await app.page.getByTestId('plan-fingerprint').textContent();

  // Laptop 1 has work of its own, and writes a readable kit, encrypted, to the stick.
  await editField(app, 'Henk Verbeek', 'Functie', 'Burgemeester, voorzitter crisisteam');
  await first.open();
  await app.answerNextFolderDialog(stick);
  const done = await first.exportKit({ passphrase: PASSPHRASE }, 'Laptop 2', { pdf: true, word: true });
  await expect(done).toContainText('versleuteld');
  await expect(done.getByTestId('fingerprint-what')).toContainText('De vingerafdruk is de korte code van de sleutel van een laptop');
  // The documents beside the bundle are the organisation's, and the result names them as readable by anyone.
  await expect(done.getByTestId('readable-files')).toContainText('Draaiboek Gemeente Voorbeeldstad.pdf');
  await expect(done.getByTestId('readable-files')).not.toContainText('.draaiboek');
  expect(await app.confirmations()).toEqual([]);
  await expect(first.log.locator('tr[data-direction="out"]').first()).toContainText('niet versleuteld op de stick: Draaiboek Gemeente Voorbeeldstad.pdf');
  expect(await seriousViolations(app.page)).toEqual([]);
  const kit = (await readdir(stick)).sort();
  expect(kit).toEqual(['Draaiboek Gemeente Voorbeeldstad.docx', 'Draaiboek Gemeente Voorbeeldstad.pdf', 'LEESMIJ.txt', 'gemeente-voorbeeldstad-r2.draaiboek']);

  // Laptop 2 reads it in: passphrase, preview, the unknown signer trusted only after the fingerprint check.
  await second.open();
  await secondApp.answerNextFileDialog(join(stick, 'gemeente-voorbeeldstad-r2.draaiboek'));
  await second.chooseImport();
  await second.enterBundlePassphrase(PASSPHRASE);
  await expect(second.preview).toHaveAttribute('data-kind', 'adopt');
  await expect(second.preview.getByTestId('fingerprint-what')).toBeVisible();
  await expect(second.preview.getByTestId('preview-signer')).toContainText('Laptop test');
  await expect(second.preview.getByTestId('preview-signer')).toContainText('onbekend');
  await expect(second.previewFingerprint).toHaveText(firstFingerprint ?? '');
  await expect(second.preview.getByTestId('preview-changes')).toContainText('personen');
  await expect(second.preview.getByTestId('preview-changes')).toContainText('Henk Verbeek (Functie)');
  await expect(second.applyButton).toBeDisabled();
  await secondApp.screenshot('sync-import-preview-unknown-signer');
  expect(await seriousViolations(secondApp.page)).toEqual([]);
  // The page's tick only asks: main shows its own question, with the fingerprint, and "no" trusts nothing.
  const beforeRefusal = await snapshotDir(secondApp.dataDir);
  await second.confirmFingerprint();
  await secondApp.answerNextConfirmation(false);
  await second.applyButton.click();
  await expect(secondApp.page.getByRole('alert').filter({ hasText: 'onbekende sleutel' })).toBeVisible();
  expect(await snapshotDir(secondApp.dataDir)).toEqual(beforeRefusal);
  expect(await secondApp.confirmations()).toEqual([{ kind: 'trust-signer', signer: { name: 'Laptop test', fingerprint: firstFingerprint } }]);
  await secondApp.answerNextFileDialog(join(stick, 'gemeente-voorbeeldstad-r2.draaiboek'));
  await second.chooseImport();
  await second.enterBundlePassphrase(PASSPHRASE);
  await second.confirmFingerprint();
  await secondApp.answerNextConfirmation(true);
  await second.apply();
  expect((await planOf(secondApp.page)).planId).toBe((await planOf(app.page)).planId);

  // Edited apart: Henk Verbeek's first number on both laptops, and a different person's job title on each.
  await editField(app, 'Henk Verbeek', 'Nummer', '06 12345678');
  await editField(app, 'Anouk Smits-de Boer', 'Functie', 'Wethouder financiën');
  await editField(secondApp, 'Henk Verbeek', 'Nummer', '06 23456789');
  await editField(secondApp, 'Erik Bosman', 'Functie', 'Wethouder veiligheid');

  // Laptop 2 -> laptop 1, dropped onto the window: the preview names the change and the conflict.
  await second.open();
  await second.exportBundle({ passphrase: PASSPHRASE }, 'Laptop coördinator');
  await first.open();
  await first.dropFile(await latestSaved(secondApp));
  await first.enterBundlePassphrase(PASSPHRASE);
  await expect(first.preview).toHaveAttribute('data-kind', 'merge');
  await expect(first.preview.getByTestId('preview-signer')).toContainText('Laptop 2');
  await expect(first.preview.getByTestId('preview-conflicts')).toContainText('Henk Verbeek');
  await first.confirmFingerprint();
  await app.answerNextConfirmation(true);
  await first.apply();
  await expect(app.page.getByTestId('import-done')).toContainText('1 conflicten wachten op uw beslissing');

  // Laptop 1 -> laptop 2, unencrypted on the user's explicit word to main's question, opened with the app.
  await app.answerNextConfirmation(true);
  await first.exportBundle({ unencrypted: true }, 'Laptop 2');
  expect((await app.confirmations()).at(-1)).toEqual({ kind: 'export-unencrypted' });
  await expect(first.log.locator('tr[data-direction="out"]').first()).toContainText('NIET versleuteld');
  await secondApp.openWithApp(await latestSaved(app));
  await expect(second.preview).toHaveAttribute('data-kind', 'merge');
  await expect(second.preview.getByTestId('preview-signer')).toContainText('vertrouwd');
  await expect(second.preview.getByTestId('preview-changes')).toContainText('Anouk Smits-de Boer');
  await second.apply();

  // Both laptops show the same conflict.
  const conflictsFirst = new ConflictsPage(app.page);
  const conflictsSecond = new ConflictsPage(secondApp.page);
  for (const conflicts of [conflictsFirst, conflictsSecond]) {
    await conflicts.openFromOverview();
    await expect(conflicts.cards).toHaveCount(1);
    await expect(conflicts.cards.first()).toContainText('Henk Verbeek');
    await expect(conflicts.cards.first()).toContainText('Telefoonnummers');
    await expect(conflicts.cards.first()).toContainText('06 12345678');
    await expect(conflicts.cards.first()).toContainText('06 23456789');
  }
  await secondApp.screenshot('sync-conflicts');
  expect(await seriousViolations(secondApp.page)).toEqual([]);

  // Resolved on laptop 2 (the other value wins there), then synced back to laptop 1.
  await conflictsSecond.takeOther(conflictsSecond.cards.first());
  await expect(conflictsSecond.none).toBeVisible();
  await second.open();
  await second.exportBundle({ passphrase: PASSPHRASE }, 'Laptop coördinator');
  await first.open();
  await app.answerNextFileDialog(await latestSaved(secondApp));
  await first.chooseImport();
  await first.enterBundlePassphrase(PASSPHRASE);
  await expect(first.preview).toHaveAttribute('data-kind', 'merge');
  await first.apply();
  await expect(first.log.locator('tr[data-direction="in"]')).toHaveCount(2);

  const [one, two] = await Promise.all([planOf(app.page), planOf(secondApp.page)]);
  expect(one.conflictCount).toBe(0);
  expect(two.conflictCount).toBe(0);
  expect(normalizeContent(two.content)).toEqual(normalizeContent(one.content));
  const henk = one.content.people.find((person) => person.name === 'Henk Verbeek');
  expect(henk?.phones.map((phone) => phone.number)).toHaveLength(3);
  expect(one.content.people.find((person) => person.name === 'Anouk Smits-de Boer')?.jobTitle).toBe('Wethouder financiën');
  expect(one.content.people.find((person) => person.name === 'Erik Bosman')?.jobTitle).toBe('Wethouder veiligheid');
});

test('a bundle dropped on the window opens the preview; a wrong passphrase is named and changes nothing', async ({ app }) => {
  const sync = new SyncPage(app.page);
  await sync.waitForPlan();
  await sync.open();
  await sync.exportBundle({ passphrase: PASSPHRASE }, 'Reservelaptop');
  const bundle = await latestSaved(app);
  await sync.goTo(/^(Overzicht|Overview)$/);
  const before = await snapshotDir(app.dataDir);

  await sync.dropFile(bundle);
  await expect(app.page.getByRole('heading', { level: 1, name: 'USB-synchronisatie' })).toBeVisible();
  await sync.enterBundlePassphrase('niet de goede woorden');
  await expect(app.page.getByRole('alert')).toContainText('De wachtwoordzin van de bundel is onjuist.');
  expect(await snapshotDir(app.dataDir)).toEqual(before);

  await sync.enterBundlePassphrase(PASSPHRASE);
  await expect(sync.preview).toHaveAttribute('data-kind', 'same');
  await expect(sync.applyButton).toHaveCount(0);
  expect(await snapshotDir(app.dataDir)).toEqual(before);

  // Anything but a bundle is turned away at the window, and the page stays where it is.
  const note = join(app.dataDir, '..', 'notitie.txt');
  await writeFile(note, 'geen bundel');
  await sync.dropFile(note);
  await expect(app.page.getByRole('alert').filter({ hasText: 'Alleen een Draaiboek-bundel' })).toBeVisible();
  expect(app.page.url()).toContain('#/sync/import/');
});
