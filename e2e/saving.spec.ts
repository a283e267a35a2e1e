import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshotDir, test } from './fixtures.js';
import { EditorPage } from './pages/editor-page.js';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id);
}

/** Another window (or the CLI, or a sync) saves a revision through the same services: the page only hears of it. */
async function saveElsewhere(page: Page, set: Record<string, string>): Promise<void> {
  await page.evaluate(async (fields) => {
    const bridge = (window as unknown as { draaiboek: { plan: { apply: (changes: unknown[]) => Promise<unknown> } } }).draaiboek;
    await bridge.plan.apply([{ op: 'update', collection: 'people', id: 'p-henk-verbeek', set: fields }]);
  }, set);
}

test.describe('saving and undo', () => {
  test('says "opgeslagen" with the revision, and undo says what it takes back', async ({ app }) => {
    const page = app.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    const editor = new EditorPage(page);
    await editor.waitForPlan();
    await editor.openSection('Personen');
    await editor.openRecord('Henk Verbeek');
    await editor.field('Nummer').first().fill('06 12345678');
    await editor.save();
    await expect(page.getByTestId('save-status')).toHaveText('Opgeslagen: revisie 2');
    const undo = page.getByRole('button', { name: 'Ongedaan maken: telefoonnummers van Henk Verbeek' });
    await expect(undo).toBeEnabled();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(screenshotDir, 'saving-undo-1366.png') });

    await editor.chooseLanguage('English');
    await expect(page.getByRole('button', { name: 'Undo: phone numbers of Henk Verbeek' })).toBeEnabled();
    await expect(page.getByTestId('save-status')).toHaveText('Saved: revision 2');
    await editor.chooseLanguage('Nederlands');

    await undo.click();
    await expect(page.getByTestId('save-status')).toHaveText('Opgeslagen: revisie 3');
    await expect(page.getByRole('button', { name: 'Laatste wijziging ongedaan maken' })).toBeDisabled();
    await expect(editor.field('Nummer').first()).not.toHaveValue('06 12345678');

    // Redo brings it back, says what, and is itself undoable; a new change leaves nothing to redo.
    const redo = page.getByRole('button', { name: 'Opnieuw: telefoonnummers van Henk Verbeek' });
    await expect(redo).toBeEnabled();
    expect(await seriousViolations(page)).toEqual([]);
    await redo.click();
    await expect(page.getByTestId('save-status')).toHaveText('Opgeslagen: revisie 4');
    await expect(editor.field('Nummer').first()).toHaveValue('06 12345678');
    await expect(redo).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Ongedaan maken: telefoonnummers van Henk Verbeek' })).toBeEnabled();
  });

  test('an unsaved draft survives a revision saved elsewhere, and saving sends only its own fields', async ({ app }) => {
    const page = app.page;
    const editor = new EditorPage(page);
    await editor.waitForPlan();
    await editor.openSection('Personen');
    await editor.openRecord('Henk Verbeek');
    await editor.field('Functie').fill('Burgemeester (waarnemend)');

    await saveElsewhere(page, { department: 'Bestuursbureau' });
    await expect(page.getByTestId('draft-overtaken')).toBeVisible();
    await expect(editor.field('Functie')).toHaveValue('Burgemeester (waarnemend)');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(screenshotDir, 'saving-draft-kept-1366.png') });

    await editor.save();
    await expect(page.getByTestId('draft-overtaken')).toHaveCount(0);
    const henk = await page.evaluate(async () => {
      const bridge = (window as unknown as { draaiboek: { plan: { current: () => Promise<{ value: { content: { people: { id: string; jobTitle?: string; department?: string }[] } } }> } } }).draaiboek;
      return (await bridge.plan.current()).value.content.people.find((person) => person.id === 'p-henk-verbeek');
    });
    expect(henk?.jobTitle).toBe('Burgemeester (waarnemend)');
    expect(henk?.department).toBe('Bestuursbureau');
  });

  test('a form without edits shows the newer record at once', async ({ app }) => {
    const page = app.page;
    const editor = new EditorPage(page);
    await editor.waitForPlan();
    await editor.openSection('Personen');
    await editor.openRecord('Henk Verbeek');
    await saveElsewhere(page, { jobTitle: 'Burgemeester a.i.' });
    await expect(editor.field('Functie')).toHaveValue('Burgemeester a.i.');
    await expect(page.getByTestId('draft-overtaken')).toHaveCount(0);
  });
});
