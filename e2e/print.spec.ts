import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { formatPhone } from '../shared/plan/phone-display.js';
import { docxPart } from '../main/core/documents/test-support/docx-parts.js';
import { readPdf } from '../main/core/documents/test-support/pdf-tools.js';
import { expect, test } from './fixtures.js';
import { OverviewPage } from './pages/overview-page.js';
import { PrintPage } from './pages/print-page.js';

interface SamplePhone {
  readonly number: string;
  readonly private?: boolean;
}

const samplePlan = JSON.parse(
  await readFile(fileURLToPath(new URL('../resources/sample/voorbeeldstad.plan.json', import.meta.url)), 'utf8'),
) as { meta: { classification: string }; people: { phones: SamplePhone[] }[] };

/** Every private number of the sample plan, as stored and as printed. */
const privateNumbers = samplePlan.people
  .flatMap((person) => person.phones)
  .filter((phone) => phone.private === true)
  .flatMap((phone) => [phone.number, formatPhone(phone.number)]);

/** Each printable by its label in the print centre, and a text its preview shows. */
const printables: readonly { label: string; kind: string; shows: string }[] = [
  { label: 'Noodcontactlijst crisisteam', kind: 'contact-sheet', shows: 'Noodcontactlijst crisisteam' },
  { label: 'Externe nummers, alarmeringsbericht en belregels', kind: 'contact-sheet-back', shows: 'Leveranciers, ketenpartners en hulpdiensten' },
  { label: 'Zakkaart crisisteam', kind: 'pocket-card', shows: 'Zakkaart crisisteam' },
  { label: 'Belboom', kind: 'call-tree', shows: 'Belboom' },
  { label: 'Actiekaarten', kind: 'action-cards', shows: 'Cyberaanval of ransomware' },
  { label: 'Blanco logboek en besluitenlijst', kind: 'forms', shows: 'Besluitenlijst' },
  { label: 'Crisismap', kind: 'binder', shows: 'Crisismap' },
];

function withoutSpaces(text: string): string {
  return text.replace(/\s+/g, '');
}

test('the print centre previews every printable of the sample plan, only once the audience is chosen', async ({ app }) => {
  const print = new PrintPage(app.page);
  await print.waitForPlan();
  await print.open();

  // No silent default: nothing is checked, nothing can go out, and the page says why.
  await expect(print.audience('crisis-team')).not.toBeChecked();
  await expect(print.audience('organisation')).not.toBeChecked();
  await expect(print.printButton).toBeDisabled();
  await expect(print.savePdfButton).toBeDisabled();
  await expect(app.page.getByText('Kies eerst voor wie dit document is.')).toBeVisible();
  await expect(print.previewFrame).toHaveCount(0);

  await print.chooseAudience('organisation');
  await expect(app.page.getByTestId('chosen-audience')).toHaveText('Doelgroep: Organisatie: zonder privénummers');
  for (const printable of printables) {
    await print.chooseDocument(printable.label);
    await print.waitForPreview(printable.kind, 'organisation');
    const body = print.preview.locator('body');
    await expect(body).toContainText(printable.shows);
    const text = withoutSpaces(await body.innerText());
    for (const number of privateNumbers) expect(text, `${printable.kind} shows ${number}`).not.toContain(withoutSpaces(number));
  }

  // The crisis team's contact sheet does carry the private numbers (of those who consented).
  await print.chooseDocument('Noodcontactlijst crisisteam');
  await print.chooseAudience('crisis-team');
  await print.waitForPreview('contact-sheet', 'crisis-team');
  const crisisText = withoutSpaces(await print.preview.locator('body').innerText());
  expect(privateNumbers.some((number) => crisisText.includes(withoutSpaces(number)))).toBe(true);

  // The preview is a sandboxed frame without scripts, where axe cannot run; the screen around it is checked.
  const results = await new AxeBuilder({ page: app.page }).exclude('[data-testid="print-preview"]').analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(serious).toEqual([]);
});

test('the binder saved as PDF for the organisation: no private numbers, marked pages, numbered copies 1 and 2', async ({ app }) => {
  const print = new PrintPage(app.page);
  await new OverviewPage(app.page).waitForPlan();
  const fingerprint = (await new OverviewPage(app.page).fingerprint.innerText()).trim();
  expect(fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/);
  await print.open();
  await print.chooseDocument('Crisismap');
  await print.chooseAudience('organisation');
  await print.waitForPreview('binder', 'organisation');
  await expect(app.page.getByText('krijgt het exemplaar nr. 1 op het voorblad')).toBeVisible();

  await print.setRecipient('Paraatheidskoffer gemeentehuis');
  await print.savePdfButton.click();
  await expect(print.outcome).toContainText('exemplaar nr. 1');
  await print.savePdfButton.click();
  await expect(print.outcome).toContainText('exemplaar nr. 2');

  await expect(print.registerRows).toHaveCount(2);
  await expect(print.registerRows.nth(0)).toHaveAttribute('data-copy-number', '1');
  await expect(print.registerRows.nth(1)).toHaveAttribute('data-copy-number', '2');
  await expect(print.registerRows.nth(0)).toContainText('Crisismap als PDF');
  await expect(print.registerRows.nth(0)).toContainText('Organisatie: zonder privénummers');
  await expect(print.registerRows.nth(0)).toContainText('Paraatheidskoffer gemeentehuis');
  await expect(app.page.getByText('krijgt het exemplaar nr. 3 op het voorblad')).toBeVisible();
  await expect(print.preview.locator('body')).toContainText('Vertrouwelijk: bevat persoonsgegevens');
  await app.page.evaluate(() => window.scrollTo(0, 0));
  await app.screenshot('print-centre');

  const saved = await app.savedFiles();
  expect(saved).toHaveLength(2);
  const [first, second] = await Promise.all(saved.map((path) => readPdf(path)));
  if (first === undefined || second === undefined) throw new Error('two PDFs expected');
  for (const pdf of [first, second]) {
    const flat = withoutSpaces(pdf.text);
    for (const number of privateNumbers) expect(flat, `the PDF shows ${number}`).not.toContain(withoutSpaces(number));
    expect(pdf.text).toContain(samplePlan.meta.classification);
    expect(pdf.text).toContain(fingerprint);
    expect(pdf.pages).toBeGreaterThan(5);
  }
  expect(first.text).toContain('Exemplaar nr. 1');
  expect(second.text).toContain('Exemplaar nr. 2');
  expect(second.text).not.toContain('Exemplaar nr. 1\n');
});

test('the Word plan is saved as a valid .docx, and printing goes through the system print dialog', async ({ app }) => {
  const print = new PrintPage(app.page);
  await print.waitForPlan();
  await print.open();
  await print.chooseDocument('Bedrijfscontinuïteitsplan (volledig, Word)');
  await expect(app.page.getByText('Een Word-document heeft hier geen voorbeeld.')).toBeVisible();
  await print.chooseAudience('crisis-team');
  await print.saveWordButton.click();
  await expect(print.outcome).toContainText('exemplaar nr. 1');
  const [docx] = await app.savedFiles();
  expect(docx).toMatch(/\.docx$/);
  const bytes = await readFile(docx ?? '');
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const documentXml = await docxPart(bytes, 'word/document.xml');
  expect(documentXml).toContain('<w:document');
  expect(documentXml).toContain('Exemplaar nr. 1');
  await expect(print.registerRows).toHaveCount(1);
  await expect(print.registerRows.first()).toContainText('Plan als Word-document');

  test.skip(app.mode === 'electron', 'the system print dialog cannot be answered from a test in the real app');
  await print.chooseDocument('Belboom');
  await print.waitForPreview('call-tree', 'crisis-team');
  await print.printButton.click();
  await expect(print.outcome).toHaveText('Belboom is naar de printer gestuurd.');
  const printed = await app.printedDocuments();
  expect(printed).toHaveLength(1);
  expect(printed[0]).toContain('Belboom');
  await expect(print.registerRows).toHaveCount(1);
});

test('the print centre works with the keyboard alone', async ({ app }) => {
  const print = new PrintPage(app.page);
  await print.waitForPlan();
  await print.open();
  const page = app.page;
  await print.document('Noodcontactlijst crisisteam').focus();
  // Arrow keys move through the documents; the choice follows the focus.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(print.document('Zakkaart crisisteam')).toBeChecked();
  // Tab leaves the document group for the audience group, where nothing is chosen yet.
  await page.keyboard.press('Tab');
  await expect(print.audience('crisis-team')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(print.audience('crisis-team')).toBeChecked();
  await print.waitForPreview('pocket-card', 'crisis-team');
  for (let presses = 0; presses < 8 && !(await print.printButton.evaluate((button) => button === document.activeElement)); presses += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(print.printButton).toBeFocused();
  if (app.mode === 'electron') return;
  await page.keyboard.press('Enter');
  await expect(print.outcome).toHaveText('Zakkaart crisisteam is naar de printer gestuurd.');
});
