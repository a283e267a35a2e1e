import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.js';
import { EditorPage } from './pages/editor-page.js';
import { OverviewPage } from './pages/overview-page.js';

test.describe('date fields', () => {
  test('are typed day-month-year in Dutch, refuse a day the calendar lacks, and store the day', async ({ app }) => {
    const editor = new EditorPage(app.page);
    await editor.waitForPlan();
    await editor.openSection('Plangegevens');
    const reviewDue = editor.field('Volgende herziening uiterlijk');
    await expect(reviewDue).toHaveAttribute('placeholder', 'dd-mm-jjjj');
    await expect(reviewDue).toHaveAttribute('type', 'text');
    await expect(reviewDue).toHaveValue('01-10-2027');

    await reviewDue.fill('31-02-2028');
    await expect(editor.errorFor('Dit is geen bestaande datum. Typ dag-maand-jaar, bijvoorbeeld 31-12-2026.')).toBeVisible();
    await expect(reviewDue).toHaveAttribute('aria-invalid', 'true');
    const axe = await new AxeBuilder({ page: app.page }).include('form.record-form').analyze();
    expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);

    await reviewDue.fill('1-3-2028');
    await expect(editor.form.locator('.field-error')).toHaveCount(0);
    await reviewDue.press('Tab');
    await expect(reviewDue).toHaveValue('01-03-2028');
    await editor.save();

    const overview = new OverviewPage(app.page);
    await overview.goTo(/^Overzicht$/);
    await expect(app.page.getByText('1 maart 2028')).toBeVisible();
  });

  test('show the English pattern, day first, when the app speaks English', async ({ app }) => {
    const overview = new OverviewPage(app.page);
    await overview.waitForPlan();
    await overview.chooseLanguage('English');
    const editor = new EditorPage(app.page);
    await editor.openSection('Plan details');
    const reviewDue = editor.field('Next review due');
    await expect(reviewDue).toHaveAttribute('placeholder', 'dd-mm-yyyy');
    await expect(reviewDue).toHaveValue('01-10-2027');
    await reviewDue.fill('29-02-2027');
    await expect(editor.errorFor('This is not a date on the calendar. Type day-month-year, for example 31-12-2026.')).toBeVisible();
    await reviewDue.fill('29-02-2028');
    await expect(editor.form.locator('.field-error')).toHaveCount(0);
    await editor.save();
    await overview.goTo(/^Overview$/);
    await expect(app.page.getByText('29 February 2028')).toBeVisible();
  });
});
