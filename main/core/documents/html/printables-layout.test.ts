import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignedPlan } from '../../../../shared/plan/plan.js';
import { generateFixtureContent } from '../../fixtures/index.js';
import { launchPrintLayoutMeter, type PrintLayout, type PrintLayoutMeter } from '../test-support/print-layout.js';
import { squeeze } from '../test-support/pdf-tools.js';
import { sampleSignedPlan, signedPlanOf } from '../test-support/signed-plan-of.js';
import { launchHtmlToPdf, type HtmlToPdf } from '../test-support/html-to-pdf.js';
import { layOutPrintable } from './lay-out-printable.js';
import type { PrintableKind } from './render-printable.js';

/*
 * Paper judged as printed: each printable laid out by Chromium in print media, on the sample plan and on the
 * M fixture (about 1 MB: 700 people, 70 roles, 60 scenarios). A PNG of each first page is kept in
 * test-results/printables/ to look at.
 */
const plans: Record<'sample' | 'M', SignedPlan> = { sample: sampleSignedPlan(), M: signedPlanOf(generateFixtureContent('M', 1)) };
const base = { language: 'nl' as const, signerFingerprint: 'ABCD 1234 EF56 7890', printedAt: new Date('2026-11-30T09:15:00Z'), audience: 'crisis-team' as const };
const SCREENSHOTS = resolve(import.meta.dirname, '../../../../test-results/printables');
const A4_PORTRAIT_CONTENT_MM = 190;
const A4_LANDSCAPE_CONTENT_MM = 277;
const MIN_READABLE_PT = 8.5;

let meter: PrintLayoutMeter;
let engine: HtmlToPdf;
beforeAll(async () => {
  meter = await launchPrintLayoutMeter();
  engine = await launchHtmlToPdf();
});
afterAll(async () => {
  await meter.close();
  await engine.close();
});

async function laidOut(kind: PrintableKind, planName: keyof typeof plans, contentWidthMm: number, language: 'nl' | 'en' = 'nl'): Promise<PrintLayout> {
  const html = await layOutPrintable(kind, plans[planName], { ...base, language }, (document) => engine.toPdf(document));
  return meter.measure(html, { contentWidthMm, screenshotPath: `${SCREENSHOTS}/after-${planName}-${kind}${language === 'nl' ? '' : `-${language}`}.png` });
}

function pagesOf(layout: PrintLayout): string[] {
  return layout.text.split('\f').slice(0, layout.pages).map(squeeze);
}

function expectReadable(layout: PrintLayout, minPt = MIN_READABLE_PT): void {
  expect(layout.minFontPt, `smallest type: "${layout.minFontAt}"`).toBeGreaterThanOrEqual(minPt - 0.01);
  expect(layout.clippedCells).toEqual([]);
  expect(layout.brokenWords).toEqual([]);
}

describe.each(['sample', 'M'] as const)('the printables of the %s plan, as laid out for print', (planName) => {
  it('prints the blank logbook and decision list as a full A4 each, rows to write in, header and "blad __ van __" on every page', async () => {
    const layout = await laidOut('forms', planName, A4_PORTRAIT_CONTENT_MM);
    expect(layout.pages).toBe(2);
    expect(layout.formRowHeightsMm.length).toBeGreaterThanOrEqual(2 * 22);
    expect(Math.min(...layout.formRowHeightsMm)).toBeGreaterThanOrEqual(8);
    const pages = pagesOf(layout);
    expect(pages[0]).toContain('Melding of gebeurtenis');
    expect(pages[1]).toContain('Besluit');
    for (const page of pages) {
      expect(page).toMatch(/blad _+ van _+/);
      expect(page).toContain('Ingevuld door');
    }
    // A full page of rows: the last row ends near the bottom of the page, not halfway.
    const rowsPerForm = layout.formRowHeightsMm.length / 2;
    expect(rowsPerForm * Math.min(...layout.formRowHeightsMm)).toBeGreaterThan(200);
    expectReadable(layout, 9);
  });

  it('prints the contact sheet in readable type, nothing cut off, the crisis team on the front', async () => {
    const layout = await laidOut('contact-sheet', planName, A4_LANDSCAPE_CONTENT_MM);
    expectReadable(layout);
    const front = pagesOf(layout)[0] ?? '';
    const plan = plans[planName].plan.content;
    // Whoever starts the alert (the AOV'er with the piket number) comes first.
    const starter = plan.people.find((person) => person.id === plan.callTree.find((entry) => entry.callerPersonId === undefined)?.personId);
    expect(starter).toBeDefined();
    // At the top of the front (the text of two columns runs together line by line, so: near the start).
    const alertGroup = front.indexOf('Alarmering en piket');
    expect(alertGroup).toBeGreaterThan(-1);
    const starterAt = front.indexOf(starter?.name ?? '?', alertGroup);
    expect(starterAt).toBeGreaterThan(alertGroup);
    expect(starterAt).toBeLessThan(alertGroup + 400);
    if (planName === 'sample') {
      expect(layout.pages).toBe(2);
      expect(front).toContain('06 40008001');
      for (const role of plan.roles) {
        for (const id of [role.primaryPersonId, ...role.deputyPersonIds]) {
          expect(front).toContain(plan.people.find((person) => person.id === id)?.name ?? '?');
        }
      }
      for (const team of new Set(plan.roles.map((role) => role.team))) expect(front).toContain(team ?? '?');
    }
  });

  it('prints the back sheet on one A4 side, columns sized to their content', async () => {
    const layout = await laidOut('contact-sheet-back', planName, A4_PORTRAIT_CONTENT_MM);
    expectReadable(layout, 8);
    // About twenty organisations fit a side; the M fixture's eighty run on, the table header repeated.
    if (planName === 'sample') expect(layout.pages).toBe(1);
    else expect(layout.pages).toBeLessThanOrEqual(Math.ceil(plans[planName].plan.content.organisations.length / 20));
  });

  it('prints one page per action card, a card that runs over continues on the next page as "vervolg"', async () => {
    const layout = await laidOut('action-cards', planName, A4_PORTRAIT_CONTENT_MM);
    const scenarios = plans[planName].plan.content.scenarios;
    expectReadable(layout, 8);
    const pages = pagesOf(layout);
    const continued = pages.filter((page) => / \(vervolg\)/.test(page)).length;
    let untitled = 0;
    for (const [index, page] of pages.entries()) {
      const title = /Actiekaart: (.+?)( \(vervolg\))? (Activeringscriteria|Proces|Fase|Wat valt uit|Herstel|Terug naar normaal|Strategie|Acties)/.exec(page);
      if (title === null) {
        // Only a continuation too long for the back of its card runs on, after that continuation.
        untitled += 1;
        expect(pages.slice(0, index).reverse().find((earlier) => /Actiekaart: /.test(earlier)), `page ${index + 1}`).toMatch(/\(vervolg\)/);
        continue;
      }
      // A continuation is the back of its own card, never a stray page.
      if (title[2] !== undefined) expect(pages[index - 1]).toContain(`Actiekaart: ${title[1] ?? ''}`);
    }
    expect(layout.pages).toBe(scenarios.length + continued + untitled);
    // The sample's cards: every card on its page, a continuation where the card runs over, nothing more.
    if (planName === 'sample') expect(untitled).toBe(0);
    expect(continued).toBeLessThan(scenarios.length);
  });

  it('prints the binder with a contents entry and page number for every part', async () => {
    const layout = await laidOut('binder', planName, A4_PORTRAIT_CONTENT_MM);
    // No word in the binder's tables broken letter by letter ("Reisdocumen tations", "Plaa tsen").
    expect(layout.brokenWords).toEqual([]);
    const pages = pagesOf(layout);
    expect(layout.contentsEntries.length).toBe(9);
    expect(layout.contentsEntries[0]).not.toMatch(/^1\.\s*1\./);
    let previous = 0;
    for (const entry of layout.contentsEntries) {
      const match = /^(.*\S)\s+(\d+)$/.exec(entry);
      expect(match, entry).not.toBeNull();
      const page = Number(match?.[2]);
      expect(page).toBeGreaterThan(previous);
      // The part really starts on that page: its title is printed at the top of it.
      expect(pages[page - 1]?.slice(0, 400), `${entry} on page ${page}`).toContain(firstWords(match?.[1] ?? ''));
      previous = page;
    }
  });

  it('prints the call tree with every box readable and nothing cut off', async () => {
    const layout = await laidOut('call-tree', planName, A4_PORTRAIT_CONTENT_MM);
    expectReadable(layout, 8);
    expect(layout.pages).toBeGreaterThan(0);
  });

  it('prints the pocket card with the first numbers in large type', async () => {
    const layout = await laidOut('pocket-card', planName, 79.6);
    expect(layout.pages).toBeLessThanOrEqual(2);
    const front = pagesOf(layout)[0] ?? '';
    const plan = plans[planName].plan.content;
    const starter = plan.people.find((person) => person.id === plan.callTree.find((entry) => entry.callerPersonId === undefined)?.personId);
    expect(front).toContain(starter?.name ?? '?');
    expect(layout.minFontPt).toBeGreaterThanOrEqual(6.5);
    expect(layout.clippedCells).toEqual([]);
    expect(layout.brokenWords).toEqual([]);
  });
});

describe('the evidence pack as printed', () => {
  // An adopted plan: the approval only needs to be well formed, the pack reads the value.
  const approval = {
    id: 'vaststelling-1',
    body: 'college' as const,
    date: '2026-11-24',
    reference: 'B&W 2026-0412',
    revision: 6,
    contentHash: 'a9c9b52245c9881d'.repeat(4),
    revisionSignature: `${'A'.repeat(86)}==`,
    revisionSignerKeyid: 'ab'.repeat(32),
    reviewDue: '2027-11-24',
    validUntil: '2028-11-24',
    sealKeyid: 'ab'.repeat(32),
    sealSignature: `${'B'.repeat(86)}==`,
  };
  const adopted = signedPlanOf({ ...plans.sample.plan.content, approvals: [approval] });

  it.each(['nl', 'en'] as const)('opens with its title, in readable type, every table within the page, no word split (%s)', async (language) => {
    const html = await layOutPrintable('evidence', adopted, { ...base, audience: 'organisation', language }, (document) => engine.toPdf(document));
    const layout = await meter.measure(html, { contentWidthMm: A4_PORTRAIT_CONTENT_MM, screenshotPath: `${SCREENSHOTS}/after-sample-evidence-${language}.png` });
    // The line naming the control each part answers is the small print (8 pt); everything else is 9.5 pt.
    expectReadable(layout, 8);
    expect(layout.overflowingTables).toEqual([]);
    const first = pagesOf(layout)[0] ?? '';
    const title = language === 'nl' ? 'Verantwoording bedrijfscontinuïteit' : 'Business continuity evidence pack';
    // The title opens the first page, before the first section, not only in the running header.
    expect(first.indexOf(title)).toBeGreaterThan(-1);
    expect(first.indexOf(title)).toBeLessThan(first.indexOf(language === 'nl' ? 'Status en vaststelling' : 'Status and approval'));
    expect(first).toContain('B&W 2026-0412');
    // The sample's three years of exercises, coverage, tests and actions: a handful of pages, not a stack.
    expect(layout.pages).toBeLessThanOrEqual(4);
  });
});

/** How a part's first heading starts: as its contents entry ("Actiekaarten" starts with "Actiekaart: ..."). */
function firstWords(title: string): string {
  return title.slice(0, 10);
}

describe('the printables in English', () => {
  it('prints the forms with "sheet __ of __"', async () => {
    const layout = await laidOut('forms', 'sample', A4_PORTRAIT_CONTENT_MM, 'en');
    for (const page of pagesOf(layout)) expect(page).toMatch(/sheet _+ of _+/);
  });
});
