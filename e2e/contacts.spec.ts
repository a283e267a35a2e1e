import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures.js';
import { ContactsPage, SearchPage } from './pages/other-pages.js';

const vcard = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Karel Nieuwland',
  'N:Nieuwland;Karel;;;',
  'EMAIL;TYPE=INTERNET:k.nieuwland@voorbeeldstad.example',
  'TEL;TYPE=CELL:06 11223344',
  'TITLE:Adviseur crisisbeheersing',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Henk Verbeek',
  'N:Verbeek;Henk;;;',
  'EMAIL;TYPE=INTERNET:h.verbeek@voorbeeldstad.example',
  'TEL;TYPE=WORK:0201234567',
  'END:VCARD',
  '',
].join('\r\n');

test('contacts import: preview with matches to existing people, then one new revision', async ({ app }) => {
  const file = join(app.dataDir, '..', 'contacten.vcf');
  await writeFile(file, vcard);
  const contacts = new ContactsPage(app.page);
  await contacts.waitForPlan();
  await contacts.open();
  await app.answerNextFileDialog(file);
  await contacts.chooseFile();
  await expect(app.page.getByRole('heading', { name: /Voorbeeld van contacten.vcf \(vCard\)/ })).toBeVisible();
  await expect(contacts.rows).toHaveCount(2);
  await expect(contacts.rows.filter({ hasText: 'Karel Nieuwland' })).toContainText('Nieuw');
  await expect(contacts.rows.filter({ hasText: 'Henk Verbeek' })).toContainText('zelfde e-mailadres');
  await contacts.apply();
  await expect(app.page.getByText(/contacten verwerkt in een nieuwe revisie/)).toBeVisible();

  const search = new SearchPage(app.page);
  await search.open();
  await search.input.fill('nieuwland');
  await expect(search.results.filter({ hasText: 'Karel Nieuwland' }).first()).toBeVisible();
});

test('contacts import: a namesake is skipped until the user confirms that contact', async ({ app }) => {
  const file = join(app.dataDir, '..', 'naamgenoot.vcf');
  await writeFile(file, ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Henk Verbeek', 'EMAIL:henk@naamgenoot.example', 'TITLE:Kok', 'END:VCARD', ''].join('\r\n'));
  const contacts = new ContactsPage(app.page);
  await contacts.waitForPlan();
  await contacts.open();
  await app.answerNextFileDialog(file);
  await contacts.chooseFile();
  const row = contacts.rows.filter({ hasText: 'Henk Verbeek' });
  await expect(row).toContainText('Alleen op naam gevonden');
  const choice = row.getByRole('combobox');
  await expect(choice).toHaveValue('skip');
  await choice.selectOption('update');
  await expect(choice.locator('option:checked')).toHaveText('Bijwerken: dit is dezelfde persoon');
  await contacts.apply();
  await expect(app.page.getByText(/contacten verwerkt in een nieuwe revisie/)).toBeVisible();

  const search = new SearchPage(app.page);
  await search.open();
  await search.input.fill('naamgenoot.example');
  await expect(search.results.filter({ hasText: 'Henk Verbeek' }).first()).toBeVisible();
});
