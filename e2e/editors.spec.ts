import { expect, test } from './fixtures.js';
import { EditorPage } from './pages/editor-page.js';
import { OverviewPage } from './pages/overview-page.js';

test.describe('editors', () => {
  test('a person: validation as you type in Dutch, numbers stored E.164 and shown nationally', async ({ app }) => {
    const editor = new EditorPage(app.page);
    await editor.waitForPlan();
    await editor.openSection('Personen');
    await editor.newRecord();
    await editor.field('Naam').fill('Jan');
    await editor.field('Naam').fill('');
    await expect(editor.errorFor('Dit veld is verplicht.')).toBeVisible();
    await editor.field('Naam').fill('Jan de Boer');
    await expect(editor.errorFor('Dit veld is verplicht.')).toHaveCount(0);
    await editor.form.getByRole('button', { name: 'E-mailadressen: regel toevoegen' }).click();
    await editor.field('Adres').fill('jan@');
    await expect(editor.errorFor('Dit is geen geldig e-mailadres.')).toBeVisible();
    await editor.field('Adres').fill('j.deboer@voorbeeldstad.example');
    await editor.form.getByRole('button', { name: 'Telefoonnummers: regel toevoegen' }).click();
    await editor.field('Nummer').fill('06 123');
    await expect(editor.errorFor(/geen geldig telefoonnummer/)).toBeVisible();
    await editor.field('Nummer').fill('06 12345678');
    await expect(editor.errorFor(/geen geldig telefoonnummer/)).toHaveCount(0);
    await editor.field('Privénummer').check();
    await editor.save();
    await expect(app.page.locator('#record-title')).toHaveText('Jan de Boer');
    await expect(editor.field('Nummer')).toHaveValue('06 12345678');

    const overview = new OverviewPage(app.page);
    await overview.open();
    await expect(overview.revision).toContainText('2');
    await expect(app.page.getByText('Jan de Boer heeft 1 privénummer(s) in het plan zonder vastgelegde toestemming')).toBeVisible();
  });

  test('a crisis role: pick deputies from the people', async ({ app }) => {
    const editor = new EditorPage(app.page);
    await editor.waitForPlan();
    await editor.openSection('Crisisrollen');
    await editor.openRecord('Functionaris gegevensbescherming');
    await editor.addReference('Plaatsvervangers', 'Henk Verbeek');
    await expect(editor.form.getByRole('button', { name: 'Henk Verbeek weghalen' })).toBeVisible();
    await editor.save();
    await expect(editor.form.getByRole('button', { name: 'Henk Verbeek weghalen' })).toBeVisible();
    await expect(app.page.getByRole('button', { name: /^Ongedaan maken: / })).toBeEnabled();
  });

  test('a process: the BIA with units, legal deadlines and dependency pickers', async ({ app }) => {
    const editor = new EditorPage(app.page);
    await editor.waitForPlan();
    await editor.openSection('Processen (BIA)');
    await editor.newRecord();
    await editor.field('Naam').fill('Huwelijksvoltrekking');
    await editor.field('Kritikaliteit').selectOption({ label: 'Hoog' });
    await editor.field('Maximaal aanvaardbare uitval (MAO)').fill('3');
    await editor.form.getByLabel('Eenheid').first().selectOption({ label: 'dagen' });
    await editor.form.getByRole('button', { name: 'Wettelijke termijnen: regel toevoegen' }).click();
    await editor.form.locator('.objects-field', { hasText: 'Wettelijke termijnen' }).getByLabel(/^Beschrijving/).fill('Melding voorgenomen huwelijk');
    await editor.addReference('Afhankelijk van applicaties', 'BRP-applicatie (Burgerlink BRP)');
    await editor.form.getByRole('checkbox', { name: 'BRP' }).check();
    await editor.save();
    await expect(app.page.locator('#record-title')).toHaveText('Huwelijksvoltrekking');
    await expect(editor.field('Maximaal aanvaardbare uitval (MAO)')).toHaveValue('3');
  });

  test('a scenario: ordered action steps with owner role and deadline', async ({ app }) => {
    const editor = new EditorPage(app.page);
    await editor.waitForPlan();
    await editor.openSection('Scenario’s');
    await editor.newRecord();
    await editor.field('Naam').fill('Overstroming');
    await editor.field('Activeringscriteria').fill('Waterstand boven 3 meter\nEvacuatie bevolen');
    await editor.form.getByRole('button', { name: 'Actiestappen: regel toevoegen' }).click();
    await editor.form.getByRole('button', { name: 'Actiestappen: regel toevoegen' }).click();
    const steps = editor.form.locator('.objects-field').filter({ hasText: 'Actiestappen' }).locator('.object-item');
    await steps.nth(0).getByLabel('Tekst').fill('Tweede stap');
    await steps.nth(1).getByLabel('Tekst').fill('Eerste stap');
    await steps.nth(1).getByLabel('Eigenaar (rol)').selectOption({ label: 'AOV\'er, crisiscoördinator en starter alarmering' });
    await steps.nth(1).getByRole('button', { name: 'Omhoog' }).click();
    await expect(steps.nth(0).getByLabel('Tekst')).toHaveValue('Eerste stap');
    await editor.save();
    await expect(app.page.locator('#record-title')).toHaveText('Overstroming');
    await expect(steps.nth(0).getByLabel('Eigenaar (rol)')).toHaveValue('rol-aov');
  });

  test('the call tree is shown as a tree; a person in a calling circle is flagged', async ({ app }) => {
    const editor = new EditorPage(app.page);
    await editor.waitForPlan();
    await editor.openSection('Belboom');
    const tree = app.page.getByRole('list', { name: 'Belboom' });
    await expect(tree.locator('li').first()).toBeVisible();
    await expect(app.page.getByText(/bellen elkaar in een kring/)).toHaveCount(0);
  });

  test('plan metadata, organisations, applications, locations and exercises have editors', async ({ app }) => {
    const editor = new EditorPage(app.page);
    await editor.waitForPlan();
    await editor.openSection('Plangegevens');
    await editor.field('Volgende herziening uiterlijk').fill('2028-01-15');
    await editor.save();
    for (const [section, required] of [
      ['Externe organisaties', 'Soort'],
      ['Applicaties', 'Hosting'],
      ['Locaties', 'Soort'],
      ['Oefeningen', 'Datum'],
    ] as const) {
      await editor.openSection(section);
      await editor.newRecord();
      await expect(editor.field(required)).toBeVisible();
    }
    const overview = new OverviewPage(app.page);
    await overview.open();
    await expect(app.page.getByText('15 januari 2028')).toBeVisible();
  });
});
