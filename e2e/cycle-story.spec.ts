import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { openDataDir } from '../main/core/data-dir/open-data-dir.js';
import { createPlanService } from '../main/core/plan/plan-service.js';
import { testPlatform } from '../main/core/test-support/temp-data-dir.js';
import { todayInAmsterdam } from '../shared/plan/today.js';
import { expect, screenshotDir, test } from './fixtures.js';
import { CyclePage } from './pages/cycle-page.js';
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
  const envelope = JSON.parse(await readFile(join(dataDir, 'plan.json'), 'utf8')) as { signed: { revision: number; plan: { content: SavedPlan['content'] } } };
  return { revision: envelope.signed.revision, content: envelope.signed.plan.content };
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
    await page.screenshot({ path: join(screenshotDir, `cycle-${name}-${suffix}.png`) });
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
