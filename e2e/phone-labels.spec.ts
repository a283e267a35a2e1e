import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures.js';
import { CrisisPage } from './pages/crisis-page.js';
import { ContactsPage, SearchPage } from './pages/other-pages.js';
import { screenshotAtLaptopSizes, seriousAxeViolations } from './support/axe-check.js';

test.describe('phone numbers people can trust', () => {
  test('every number on the crisis screen carries its label; private ones are marked, in Dutch and English', async ({ app }) => {
    const crisis = new CrisisPage(app.page);
    await crisis.waitForPlan();
    await crisis.open();
    await crisis.chooseScenario(/Stroomstoring/);
    const aov = crisis.whoToCall.locator('li.primary').filter({ hasText: 'Jeroen Mulder' }).first();
    const piket = aov.locator('.numbers > li').filter({ hasText: '06 40008001' });
    await expect(piket.locator('.phone-kind')).toHaveText('piketnummer AOV (doorgeschakeld naar wie piket heeft)');
    await expect(crisis.whoToCall).not.toContainText('Overig');
    const home = aov.locator('.numbers > li').filter({ hasText: 'thuis' });
    await expect(home.locator('.phone-private')).toHaveText('privé');
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await screenshotAtLaptopSizes(app.page, 'crisis-who-to-call-nl', aov);

    await crisis.chooseLanguage('English');
    await expect(home.locator('.phone-private')).toHaveText('private');
    await expect(piket.locator('.phone-kind')).toHaveText('piketnummer AOV (doorgeschakeld naar wie piket heeft)');
    expect(await seriousAxeViolations(app.page)).toEqual([]);
  });

  test('a private number without recorded consent shows only in the editor', async ({ app }) => {
    const search = new SearchPage(app.page);
    await search.waitForPlan();
    await search.open();
    await search.input.fill('0640009052');
    await expect(search.page.getByTestId('search-count')).toContainText('0');
    await search.input.fill('Rob Hofman');
    await search.results.filter({ hasText: 'Persoon' }).first().click();
    await expect(app.page.getByTestId('search-card')).not.toContainText('06 40009052');
    await app.page.getByTestId('search-card').getByRole('link', { name: 'Bewerken' }).click();
    await expect(app.page.locator('#record-title')).toHaveText('Rob Hofman');
    const typed = await app.page.locator('input[type="tel"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(typed).toContain('06 40009052');
  });

  test('the editor refuses a number that does not exist, at the field, in the UI language', async ({ app }) => {
    const search = new SearchPage(app.page);
    await search.waitForPlan();
    await app.page.evaluate(() => (window.location.hash = '#/edit/people/p-henk-verbeek'));
    const field = app.page.locator('#field-phones-0-number');
    await field.fill('+3164009002');
    await expect(app.page.locator('#field-phones-0-number-error')).toHaveText(/Het nummer \+3164009002 bestaat niet/);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await app.page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect(app.page.getByRole('alert')).toBeVisible();
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await screenshotAtLaptopSizes(app.page, 'editor-phone-refused-nl', app.page.locator('[data-field="phones"]'));
    await search.chooseLanguage('English');
    await expect(app.page.locator('#field-phones-0-number-error')).toHaveText(/The number \+3164009002 does not exist/);
  });

  test('the contacts import preview lists a number that does not exist and leaves it out', async ({ app }) => {
    const file = join(app.dataDir, '..', 'kort.vcf');
    await writeFile(file, ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Karel Kortnummer', 'TEL;TYPE=CELL:06 4009002', 'END:VCARD', ''].join('\r\n'));
    const contacts = new ContactsPage(app.page);
    await contacts.waitForPlan();
    await contacts.open();
    await app.answerNextFileDialog(file);
    await contacts.chooseFile();
    await expect(app.page.getByText('Het nummer "06 4009002" van Karel Kortnummer is geen geldig telefoonnummer en is niet overgenomen.', { exact: false })).toBeVisible();
    await expect(contacts.rows.filter({ hasText: 'Karel Kortnummer' })).not.toContainText('4009002');
  });
});
