import { expect, test } from './fixtures.js';
import { SearchPage } from './pages/other-pages.js';
import { screenshotAtLaptopSizes, seriousAxeViolations } from './support/axe-check.js';

test.describe('search', () => {
  test('finds people, numbers, roles and suppliers instantly as you type', async ({ app }) => {
    const search = new SearchPage(app.page);
    await search.waitForPlan();
    await search.open();
    await search.input.fill('verbeek');
    await expect(search.results.filter({ hasText: 'Henk Verbeek' }).first()).toBeVisible();

    await search.input.fill('burgemeester');
    await expect(search.results.filter({ hasText: 'Rol' }).first()).toBeVisible();

    await search.input.fill('GeoDelta');
    await expect(search.results.filter({ hasText: 'GeoDelta B.V.' }).first()).toBeVisible();
  });

  test('finds a person by phone number typed in national format, and opens the record', async ({ app }) => {
    const search = new SearchPage(app.page);
    await search.waitForPlan();
    await search.open();
    await search.input.fill('verbeek');
    const numberResult = search.results.filter({ hasText: 'Nummer' }).first();
    const shown = (await numberResult.locator('.result-label').textContent()) ?? '';
    expect(shown).toMatch(/^0/);
    await search.input.fill(shown.replace(/\s/g, ''));
    await expect(search.results.filter({ hasText: 'Henk Verbeek' }).first()).toBeVisible();
    await search.results.first().click();
    await expect(app.page.getByTestId('search-card').getByRole('heading', { name: 'Henk Verbeek' })).toBeVisible();
    await app.page.getByTestId('search-card').getByRole('link', { name: 'Bewerken' }).click();
    await expect(app.page.locator('#record-title')).toHaveText('Henk Verbeek');
  });
});

test.describe('search cards', () => {
  test('a person opens as a read-only card: numbers with labels, roles, whom they stand in for', async ({ app }) => {
    const search = new SearchPage(app.page);
    await search.waitForPlan();
    await search.open();
    await search.input.fill('Fatima El Amrani');
    await search.results.filter({ hasText: 'Persoon' }).first().click();
    const card = app.page.getByTestId('search-card');
    await expect(card.getByRole('heading', { name: 'Fatima El Amrani' })).toBeFocused();
    await expect(card.locator('.numbers li').first().locator('.phone-kind')).toHaveText('dienstmobiel');
    await expect(card).toContainText("AOV'er, crisiscoördinator en starter alarmering: plaatsvervanger van Jeroen Mulder");
    await expect(card.locator('input, textarea, select')).toHaveCount(0);
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await screenshotAtLaptopSizes(app.page, 'search-card-person-nl', search.input);

    await search.chooseLanguage('English');
    await expect(card).toContainText("AOV'er, crisiscoördinator en starter alarmering: deputy for Jeroen Mulder");
    await expect(card.getByRole('link', { name: 'Edit' })).toBeVisible();
    expect(await seriousAxeViolations(app.page)).toEqual([]);
  });

  test('a role shows its holder and deputies with their numbers; a supplier its 24/7 line', async ({ app }) => {
    const search = new SearchPage(app.page);
    await search.waitForPlan();
    await search.open();
    await search.input.fill('starter alarmering');
    await search.results.filter({ hasText: 'Rol' }).first().click();
    const card = app.page.getByTestId('search-card');
    await expect(card.getByTestId('card-holder')).toHaveCount(3);
    await expect(card.getByTestId('card-holder').first()).toContainText('Jeroen Mulder');
    await expect(card.getByTestId('card-holder').first()).toContainText('piketnummer AOV');
    await expect(card.getByTestId('card-holder').first()).toContainText('06 40008001');

    await search.input.fill('DataVeste');
    await search.results.filter({ hasText: 'Organisatie' }).first().click();
    await expect(card.getByTestId('card-line24x7')).toContainText('055 590 9099');
    await search.input.fill('GeoDelta');
    await search.results.filter({ hasText: 'Organisatie' }).first().click();
    await expect(card).toContainText('Geen 24/7-nummer vastgelegd');
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await screenshotAtLaptopSizes(app.page, 'search-card-supplier-nl', search.input);
  });

  test('"piket" and a number\'s label find the numbers that carry it', async ({ app }) => {
    const search = new SearchPage(app.page);
    await search.waitForPlan();
    await search.open();
    await search.input.fill('piket');
    const piket = search.results.filter({ hasText: 'Nummer' }).filter({ hasText: '06 40008001' });
    await expect(piket).toContainText('piketnummer AOV');
    await search.input.fill('dienstmobiel');
    await expect(search.results.filter({ hasText: 'Nummer' }).first()).toContainText('dienstmobiel');
  });
});
