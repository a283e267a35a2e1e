import { expect, test } from './fixtures.js';
import { EditorPage } from './pages/editor-page.js';
import { HistoryPage } from './pages/other-pages.js';
import { OverviewPage } from './pages/overview-page.js';

test.describe('history', () => {
  test('lists revisions with who and when, shows a past one, and restores it as a new revision', async ({ app }) => {
    const editor = new EditorPage(app.page);
    await editor.waitForPlan();
    await editor.openSection('Plangegevens');
    await editor.form.locator('#field-versionLabel').fill('3.1');
    await editor.save();
    const overview = new OverviewPage(app.page);
    await overview.open();
    await expect(overview.revision).toContainText('2');

    const history = new HistoryPage(app.page);
    await history.open();
    await expect(history.rows).toHaveCount(2);
    await expect(history.row(2)).toContainText('huidig');
    await expect(history.row(1)).toContainText('Laptop test');
    await expect(history.row(2).getByTestId('history-changes')).toHaveText(/versie.* van /i);
    await expect(app.page.getByRole('columnheader', { name: 'Op laptop' })).toBeVisible();

    await history.row(1).getByRole('link', { name: 'Revisie 1 bekijken' }).click();
    await expect(app.page.getByRole('heading', { name: 'Revisie 1' })).toBeVisible();
    await expect(app.page.getByTestId('revision-diff')).toContainText('Plangegevens gewijzigd');
    await app.page.getByRole('link', { name: /Terug naar de geschiedenis/ }).click();

    await history.restore(1);
    await expect(history.rows).toHaveCount(3);
    await expect(history.row(3)).toContainText('huidig');
    await overview.open();
    await expect(overview.revision).toContainText('3 (versie 3.0)');
  });

  test('says before a restore that a record deleted since comes back under a new id', async ({ app }) => {
    const editor = new EditorPage(app.page);
    await editor.waitForPlan();
    await editor.openSection('Oefeningen');
    await editor.openRecord('Tabletopoefening cyberaanval met ransomware');
    await editor.form.getByRole('button', { name: 'Verwijderen' }).click();
    await editor.form.getByRole('button', { name: 'Ja, definitief verwijderen' }).click();
    // Deleting ends on the section's list, without the record.
    await expect(editor.form).toBeHidden();
    await expect(app.page.locator('.record-link', { hasText: 'Tabletopoefening cyberaanval' })).toHaveCount(0);
    const history = new HistoryPage(app.page);
    await history.open();
    await expect(history.rows).toHaveCount(2);
    await history.row(1).getByRole('link', { name: 'Revisie 1 bekijken' }).click();
    await expect(app.page.getByTestId('revived-note')).toContainText('nieuwe id (de oude id met -r1 erachter)');
    await expect(app.page.getByTestId('revived-note')).toContainText('Een verwijdering is blijvend');
  });

  test('undoes the last change as a new revision', async ({ app }) => {
    const editor = new EditorPage(app.page);
    await editor.waitForPlan();
    await editor.openSection('Plangegevens');
    await editor.form.locator('#field-versionLabel').fill('9.9');
    await editor.save();
    const overview = new OverviewPage(app.page);
    await overview.open();
    await expect(overview.revision).toContainText('versie 9.9');
    await overview.undo();
    await expect(overview.revision).toContainText('3 (versie 3.0)');
  });
});
