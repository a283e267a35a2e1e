import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { openDataDir } from '../main/core/data-dir/open-data-dir.js';
import { formatDay } from '../main/core/documents/model/format.js';
import { convertWithLibreOffice, readPdf, squeeze, type PdfFacts } from '../main/core/documents/test-support/pdf-tools.js';
import { createPlanService } from '../main/core/plan/plan-service.js';
import { testPlatform } from '../main/core/test-support/temp-data-dir.js';
import { callTreeProgress } from '../shared/cycle/call-tree-progress.js';
import { createTranslator } from '../shared/i18n/index.js';
import type { PlanContent } from '../shared/plan/plan.js';
import { todayInAmsterdam } from '../shared/plan/today.js';
import { expect, screenshotDir, test } from './fixtures.js';
import { CyclePage } from './pages/cycle-page.js';
import { printedPage } from './support/printed-page.js';
import { EditorPage } from './pages/editor-page.js';
import { OverviewPage } from './pages/overview-page.js';

const LAPTOP = { width: 1366, height: 768 };
const SMALL = { width: 1024, height: 640 };

/** The first seven people of the sample's call tree, in calling order. */
const REACHED = [
  ['p-jeroen-mulder', 'Jeroen Mulder'],
  ['p-marieke-van-dalen', 'Marieke van Dalen'],
  ['p-ronald-kuipers', 'Ronald Kuipers'],
  ['p-gerard-visser', 'Gerard Visser'],
  ['p-monique-peters', 'Monique Peters'],
] as const;
const WRONG = ['p-ellen-maas', 'Ellen Maas'] as const;
const NOT_REACHED = ['p-sophie-groen', 'Sophie Groen'] as const;
const TESTED = [...REACHED, WRONG, NOT_REACHED];

interface SavedPlan {
  readonly revision: number;
  readonly content: {
    readonly people: readonly { id: string; phones: readonly { lastVerified?: string; wrongNumberFlaggedOn?: string }[] }[];
    readonly exercises: readonly { kind: string; date: string }[];
  };
}

/** The plan as saved on disk, read as a colleague's tool would: what the app wrote, not what it shows. */
async function savedPlan(dataDir: string): Promise<SavedPlan> {
  const content = await savedContent(dataDir);
  return { revision: content.revision, content: content.content };
}

async function savedContent(dataDir: string): Promise<{ revision: number; content: PlanContent }> {
  const envelope = JSON.parse(await readFile(join(dataDir, 'plan.json'), 'utf8')) as { signed: { revision: number; plan: { content: PlanContent } } };
  return { revision: envelope.signed.revision, content: envelope.signed.plan.content };
}

function words(text: string): string[] {
  // A table cell wraps after a hyphen as well as at a space: "2026-0412" may print as "2026-" and "0412".
  return text.split(/\s+/).flatMap((word) => word.split(/(?<=-)/)).filter((word) => word !== '');
}

/**
 * Whether a phrase reads on paper in its order. pdftotext lays a table row out line by line, so where a cell
 * wraps, the words of the cells beside it come between the phrase's words: a few are allowed, in order.
 */
function readsInOrder(text: string, phrase: string): boolean {
  const all = words(text);
  const wanted = words(phrase);
  return all.some((word, start) => {
    if (word !== wanted[0]) return false;
    let at = start;
    for (const next of wanted.slice(1)) {
      const found = all.slice(at + 1, at + 1 + 40).indexOf(next);
      if (found === -1) return false;
      at += 1 + found;
    }
    return true;
  });
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`);
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  for (const [suffix, size] of [['1366', LAPTOP], ['1024', SMALL]] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(screenshotDir, `cycle-${name}-${suffix}.png`), fullPage: true });
  }
  await page.setViewportSize(LAPTOP);
}

/** Nothing wider than the window: no part of a screen needs sideways scrolling at 1024 px. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  await page.setViewportSize(SMALL);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.setViewportSize(LAPTOP);
}

test.describe('the yearly cycle', () => {
  // The sample a year on: the people the test reaches have not been verified for over a year.
  test.use({
    prepareDataDir: {
      run: async (dataDir) => {
        const opened = await openDataDir(dataDir, testPlatform(), 'write');
        await createPlanService(opened).apply(TESTED.map(([id]) => ({ op: 'update', collection: 'people', id, set: { lastVerified: '2025-06-02' } })));
        await opened.close();
      },
    },
  });

  test('plan two exercises, run the call-tree test, approve, change a number, see exactly that change', async ({ app }) => {
    test.setTimeout(240_000);
    const page = app.page;
    await page.setViewportSize(LAPTOP);
    const cycle = new CyclePage(page);
    const overview = new OverviewPage(page);
    await cycle.waitForPlan();
    await cycle.nameLaptop('Laptop BCM-coördinator');
    const today = todayInAmsterdam(new Date());
    const year = Number(today.slice(0, 4));

    await overview.openGroup('personVerificationStale');
    for (const [id] of TESTED) await expect(overview.gap('personVerificationStale', id)).toHaveCount(1);

    // Two exercises planned for next year.
    await cycle.open();
    await page.getByLabel('Jaar', { exact: true }).selectOption(String(year + 1));
    await cycle.planExercise({ title: 'Tabletop cyberaanval', kind: 'Tabletop-oefening', date: `${year + 1}-03-12` });
    await cycle.planExercise({ title: 'Uitwijken naar De Schakel', kind: 'Uitwijktest', date: `${year + 1}-09-24` });
    await expect(cycle.exercises).toHaveCount(2);
    // The coverage matrix marks each gap once, under the record's name, without repeating that name.
    const gapRows = await page.locator('[data-testid="coverage-row"].gap th').evaluateAll((cells) =>
      cells.map((cell) => ({ name: cell.firstChild?.textContent ?? '', text: cell.textContent ?? '' })),
    );
    expect(gapRows.length).toBeGreaterThan(0);
    for (const row of gapRows) expect(row.text.split(row.name).length - 1, row.text).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, '01-oefenprogramma');
    await expectNoSidewaysScroll(page);

    // The call-tree test, walked in calling order; it survives a reload halfway.
    await cycle.part('Bereikbaarheidstest');
    await cycle.startTest();
    await expect(cycle.people.first()).toContainText('Jeroen Mulder');
    for (const [, name] of REACHED.slice(0, 3)) await cycle.mark(cycle.person(name), 'Bereikt');
    await expect(cycle.progress).toContainText('Bereikt: 3 van');
    await app.restart();
    await cycle.waitForPlan();
    await expect(cycle.person('Ronald Kuipers').getByTestId('ctt-outcome')).toHaveText('Bereikt');
    for (const [, name] of REACHED.slice(3)) await cycle.mark(cycle.person(name), 'Bereikt');
    await cycle.mark(cycle.person(WRONG[1]), 'Verkeerd nummer');
    await cycle.mark(cycle.person(NOT_REACHED[1]), 'Niet bereikt');
    await expect(cycle.progress).toContainText('Bereikt: 5 van');
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, '02-bereikbaarheidstest');
    await expectNoSidewaysScroll(page);
    const before = await savedPlan(app.dataDir);
    await cycle.finishTest();
    const after = await savedPlan(app.dataDir);
    // One new revision holds the whole result: the exercise, the five numbers verified, the wrong one flagged.
    expect(after.revision).toBe(before.revision + 1);
    const phonesOf = (id: string) => after.content.people.find((person) => person.id === id)?.phones ?? [];
    for (const [id] of REACHED) expect(phonesOf(id).filter((phone) => phone.lastVerified === today)).toHaveLength(1);
    expect(phonesOf(WRONG[0]).filter((phone) => phone.wrongNumberFlaggedOn === today)).toHaveLength(1);
    expect(phonesOf(NOT_REACHED[0]).some((phone) => phone.lastVerified === today)).toBe(false);
    const recorded = after.content.exercises.filter((exercise) => exercise.kind === 'call-tree' && exercise.date === today);
    expect(recorded).toHaveLength(1);

    // The result sheet, opened from the programme, as it is filed: one A4 for seven people, in readable type.
    await cycle.part('Oefenprogramma');
    await page.getByTestId('exercise-list').getByRole('link', { name: /^Alarmeringstest / }).click();
    await expect(page.getByTestId('ctt-sheet')).toContainText('Bereikt: 5 van');
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, '02-uitslag');
    await expectNoSidewaysScroll(page);
    if (app.mode === 'chromium') {
      const sheet = await printedPage(page, screenshotDir, 'cycle-02-uitslag');
      expect(sheet.pages).toBe(1);
      expect(sheet.minFontPt, sheet.minFontAt).toBeGreaterThanOrEqual(8.5);
      for (const [, name] of TESTED) expect(sheet.text).toContain(name);
      expect(sheet.text).not.toContain('Jaarcyclus');
    }

    // The health list loses the staleness gaps of the five reached, and keeps the one not reached.
    await overview.open();
    await overview.openGroup('personVerificationStale');
    for (const [id] of REACHED) await expect(overview.gap('personVerificationStale', id)).toHaveCount(0);
    await expect(overview.gap('personVerificationStale', NOT_REACHED[0])).toHaveCount(1);

    // The college adopts this revision.
    await cycle.open('Vaststelling');
    await page.getByLabel('Orgaan', { exact: true }).selectOption({ label: 'College van B&W' });
    await page.getByLabel('Datum van het besluit').fill(today);
    await page.getByLabel('Besluitnummer').fill('B&W 2026-0412');
    await page.getByRole('button', { name: /^Revisie \d+ vaststellen$/ }).click();
    await expect(cycle.approvalStatus).toContainText('B&W 2026-0412');
    await expect(cycle.changesSinceApproval).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);
    await overview.open();
    await expect(page.locator('[data-testid="health-gap"][data-code^="plan"][data-code*="Adopt"]')).toHaveCount(0);

    // A number changes; the approval overview shows exactly that change, and the health says "not adopted".
    const editor = new EditorPage(page);
    await editor.openSection('Personen');
    await editor.openRecord('Henk Verbeek');
    await editor.field('Nummer').first().fill('06 12345678');
    await editor.save();
    await expect(editor.form.getByRole('button', { name: 'Opslaan' })).toBeDisabled();
    await expect(editor.field('Nummer').first()).toHaveValue('06 12345678');
    await overview.open();
    await expect(page.locator('[data-testid="health-gap"][data-code="planChangedSinceAdoption"]')).toHaveCount(1);
    await cycle.open('Vaststelling');
    await expect(cycle.approvalStatus).toHaveAttribute('data-state', 'changed');
    const changes = cycle.changesSinceApproval;
    await expect(changes.getByTestId('diff-record')).toHaveCount(1);
    await expect(changes.getByTestId('diff-record')).toContainText('Henk Verbeek');
    await expect(changes.getByTestId('diff-field')).toHaveCount(1);
    await expect(changes.getByTestId('diff-field')).toContainText('Telefoonnummers');
    await expect(changes.locator('ins')).toContainText('06 12345678');
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, '03-vaststelling');
    await expectNoSidewaysScroll(page);

    // The evidence pack, saved from the app as Word and as PDF; the Word file as LibreOffice opens it.
    await cycle.part('Verantwoording');
    await page.getByRole('button', { name: /^Opslaan als Word/ }).click();
    await expect(page.getByTestId('evidence-saved')).toContainText('.docx', { timeout: 60_000 });
    await page.getByRole('button', { name: /^Opslaan als PDF/ }).click();
    await expect(page.getByTestId('evidence-saved')).toContainText('.pdf', { timeout: 60_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, '04-verantwoording');
    const [docxPath, pdfPath] = await app.savedFiles();
    expect(docxPath).toMatch(/Verantwoording bedrijfscontinuïteit - revisie \d+\.docx$/);
    expect(pdfPath).toMatch(/\.pdf$/);
    const converted = await convertWithLibreOffice([{ name: 'verantwoording.docx', bytes: await readFile(docxPath ?? '') }]);
    const fromWord = converted.get('verantwoording.docx');
    if (fromWord === undefined) throw new Error('LibreOffice made no PDF of the evidence pack');
    const papers: [string, PdfFacts][] = [['Word', fromWord], ['PDF', await readPdf(pdfPath ?? '')]];

    // What the pack must say, from the plan as saved and the one rule for the figures.
    const { content } = await savedContent(app.dataDir);
    const callTreeTest = content.exercises.find((exercise) => exercise.kind === 'call-tree' && exercise.date === today);
    if (callTreeTest?.callTree === undefined) throw new Error('the call-tree test is not in the plan');
    const figures = callTreeProgress(content, callTreeTest.callTree);
    expect([figures.reached, figures.wrongNumber, figures.notReached]).toEqual([5, 1, 1]);
    const [approval] = content.approvals;
    expect(approval?.revision).toBe(after.revision);
    const t = createTranslator('nl');
    const minutes = (value: number | undefined) => t('cycle.evidence.minutes', { minutes: value ?? -1 });
    const phrases = [
      `${figures.sharePercent}% bereikt (5 van ${figures.total}); 1 verkeerd nummer, 1 niet bereikt`,
      // The row's first line: the share, then the median and the slowest time under their headings.
      `${t('cycle.evidence.column.reached')} ${t('cycle.evidence.column.median')} ${t('cycle.evidence.column.slowest')}`,
      `${figures.sharePercent}% bereikt ${minutes(figures.medianMinutes)} ${minutes(figures.slowestMinutes)}`,
      `revisie ${after.revision}, vastgesteld op ${formatDay(today, 'nl')}`,
      `College van B&W B&W 2026-0412 ${after.revision}`,
    ];
    for (const [source, paper] of papers) {
      const text = squeeze(paper.text);
      for (const phrase of phrases) expect(readsInOrder(text, phrase), `${source}: "${phrase}" in ${text}`).toBe(true);
    }

    // The improvement actions as the CSV the command line writes, opened as a Dutch Excel would.
    await cycle.part('Verbeteracties');
    await page.getByRole('button', { name: /^CSV opslaan/ }).click();
    await expect(page.getByTestId('actions-csv-saved')).toContainText('.csv');
    const csvPath = (await app.savedFiles())[2] ?? '';
    expect(csvPath).toMatch(/Verbeteracties - revisie \d+\.csv$/);
    const csv = await readFile(csvPath);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<string[]>(csv.toString('utf8').slice(1).trimEnd(), { delimiter: ';', newline: '\r\n' }).data;
    expect(rows[0]).toEqual(['id', 'text', 'owner', 'due', 'status', 'source', 'concerns', 'closed']);
    expect(rows.slice(1).map((row) => [row[0], row[1], row[4]])).toEqual(content.improvementActions.map((action) => [action.id, action.text, action.status]));
    for (const row of rows) expect(row).toHaveLength(8);
  });

  test('the new screens in English, axe clean', async ({ app }) => {
    test.setTimeout(120_000);
    const page = app.page;
    const cycle = new CyclePage(page);
    await cycle.waitForPlan();
    await cycle.nameLaptop('Laptop BCM-coördinator');
    await cycle.chooseLanguage('English');
    await cycle.open();
    const parts = await page.getByRole('navigation', { name: 'Parts of the yearly cycle' }).getByRole('link').allTextContents();
    expect(parts.slice(0, 4)).toEqual(['Exercise programme', 'Call-tree test', 'Improvement actions', 'Approval']);
    for (const part of parts) {
      await cycle.part(part);
      await expect(page.getByRole('link', { name: part, exact: true })).toHaveAttribute('aria-current', 'page');
      expect(await seriousViolations(page), part).toEqual([]);
      await shoot(page, `05-${part.toLowerCase().replaceAll(' ', '-')}`);
    }
    await cycle.part('Call-tree test');
    await cycle.startTest();
    await cycle.mark(cycle.people.first(), 'Reached');
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, '06-call-tree-test-running');
  });
});
