import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPhone } from '../../../../shared/plan/phone-display.js';
import { hostilePlanContent } from '../test-support/hostile-text.js';
import { launchHtmlToPdf, type HtmlToPdf } from '../test-support/html-to-pdf.js';
import { pageBodies, pagesOpeningWith, PROCESS_CARD_LABELS_NL, squeeze } from '../test-support/pdf-tools.js';
import { sampleSignedPlan, signedPlanOf } from '../test-support/signed-plan-of.js';
import { printableKinds, renderPrintable } from './render-printable.js';

const plan = sampleSignedPlan();
const base = {
  language: 'nl' as const,
  signerFingerprint: 'ABCD 1234 EF56 7890',
  printedAt: new Date('2026-11-30T09:15:00Z'),
};
const A4 = { short: 595, long: 842 };
const privateNumbers = plan.plan.content.people.flatMap((person) =>
  person.phones.filter((phone) => phone.private).map((phone) => phone.number),
);

/** Every way a number could appear on paper: as stored, as dialled, and with the spaces squeezed out. */
function renderings(e164: string): string[] {
  const national = formatPhone(e164);
  return [e164, national, national.replace(/\s/g, ''), `0${e164.slice(3)}`];
}

let pdf: HtmlToPdf;
beforeAll(async () => {
  pdf = await launchHtmlToPdf();
});
afterAll(async () => {
  await pdf.close();
});

function expectMarksOnEveryPage(text: string, pages: number): void {
  const squeezed = squeeze(text);
  for (let page = 1; page <= pages; page += 1) expect(squeezed).toContain(`pagina ${page} van ${pages}`);
  expect(squeezed.split('Revisie 7 | Vingerafdruk ABCD 1234 EF56 7890 | Afgedrukt 30 november 2026 om 10:15').length - 1).toBe(pages);
  expect(squeezed.split('Vertrouwelijk: bevat persoonsgegevens').length - 1).toBeGreaterThanOrEqual(pages);
}

/** The running marks of every page of the sample plan's prints. */
const PAGE_MARKS = [
  'Vertrouwelijk: bevat persoonsgegevens',
  'Bedrijfscontinuïteitsplan Gemeente Voorbeeldstad',
  'Revisie 7 | Vingerafdruk ABCD 1234 EF56 7890 | Afgedrukt 30 november 2026 om 10:15',
  /pagina \d+ van \d+/g,
];

describe('the contact sheet', () => {
  it("puts the sample plan's crisis team by role on the front and everyone's e-mail and call-tree place on the back", async () => {
    const facts = await pdf.toPdfFacts(renderPrintable('contact-sheet', plan, { ...base, audience: 'crisis-team' }));
    expect(facts.pages).toBe(2);
    expect([Math.round(facts.width), Math.round(facts.height)].sort()).toEqual([A4.short, A4.long]);
    const [front = '', back = ''] = facts.text.split('\f').map(squeeze);
    expect(front).toContain('Henk Verbeek');
    expect(front).toContain('Daan Wolters');
    expect(front).toContain('06 40001001');
    expect(front).toContain('Burgemeester');
    expect(front).not.toContain('@');
    expect(back).toContain('h.verbeek@voorbeeldstad.example');
    expectMarksOnEveryPage(facts.text, 2);
  });

  it('puts a small crisis team on one side as one table, e-mail included', async () => {
    const content = structuredClone(plan.plan.content);
    const root = content.callTree.find((entry) => entry.callerPersonId === undefined);
    content.callTree = content.callTree.filter((entry) => entry === root || entry.callerPersonId === root?.personId);
    content.roles = content.roles.slice(0, 3);
    const facts = await pdf.toPdfFacts(renderPrintable('contact-sheet', signedPlanOf(content), { ...base, audience: 'crisis-team' }));
    expect(facts.pages).toBe(1);
    const text = squeeze(facts.text);
    expect(text).toContain('h.verbeek@voorbeeldstad.example');
    expect(text).not.toContain('Alarmering en piket');
  });

  it('runs a long crisis team on over pages with a table header on every page', async () => {
    const content = structuredClone(plan.plan.content);
    const extra = Array.from({ length: 120 }, (_, index) => ({
      id: `p-extra-${index}`,
      name: `Reserve Medewerker ${index}`,
      emails: [],
      phones: [{ number: `+316${String(50_000_000 + index)}`, kind: 'mobile' as const, private: false }],
    }));
    content.people.push(...extra);
    content.roles.push({
      id: 'rol-reserve',
      name: 'Reservepool',
      tasks: [],
      deputyPersonIds: extra.slice(0, 20).map((person) => person.id),
      mayActivate: false,
    });
    content.callTree.push(...extra.map((person, index) => ({ id: `ct-extra-${index}`, personId: person.id, callerPersonId: 'p-jeroen-mulder', order: 100 + index })));
    const facts = await pdf.toPdfFacts(renderPrintable('contact-sheet', signedPlanOf(content), { ...base, audience: 'crisis-team' }));
    expect(facts.pages).toBeGreaterThan(1);
    for (const page of facts.text.split('\f').slice(0, facts.pages)) expect(squeeze(page)).toContain('Mobiel');
    expectMarksOnEveryPage(facts.text, facts.pages);
  });
});

describe('the binder and the other printables', () => {
  it('prints the binder with the copy number on the cover and the marks on every page', async () => {
    const facts = await pdf.toPdfFacts(renderPrintable('binder', plan, { ...base, audience: 'crisis-team', copyNumber: 16 }));
    const text = squeeze(facts.text);
    expect(text).toContain('Exemplaar nr. 16');
    expect(text).toContain('Inhoud');
    expect(text).toContain('Actiekaart: Uitval I&A-team (ziekte)');
    expect(text).toContain('Aangifte van geboorte');
    expect(text).toContain('Besluitenlijst');
    expect(facts.pages).toBeGreaterThan(15);
    expect(facts.pages).toBeLessThan(120);
    expectMarksOnEveryPage(facts.text, facts.pages);
    // The turn to the landscape contact sheet starts one new page, not an empty one before it.
    const bodies = pageBodies(facts.text, facts.pages, PAGE_MARKS);
    expect(bodies.flatMap((body, index) => (body === '' ? [index + 1] : []))).toEqual([]);
    // A process card is a handful of rows: it stays whole under its heading rather than run over a page.
    expect(pagesOpeningWith(bodies, PROCESS_CARD_LABELS_NL)).toEqual([]);
  });

  it('prints the pocket card at wallet size', async () => {
    const facts = await pdf.toPdfFacts(renderPrintable('pocket-card', plan, { ...base, audience: 'crisis-team' }));
    expect(Math.round((facts.width / 72) * 25.4)).toBe(86);
    expect(Math.round((facts.height / 72) * 25.4)).toBe(54);
    expect(facts.pages).toBeLessThanOrEqual(3);
    expect(squeeze(facts.text)).toContain('Marieke van Dalen');
  });

  it('prints one action card per scenario, each on its own page', async () => {
    const facts = await pdf.toPdfFacts(renderPrintable('action-cards', plan, { ...base, audience: 'organisation' }));
    expect(facts.pages).toBeGreaterThanOrEqual(plan.plan.content.scenarios.length + 1);
    for (const scenario of plan.plan.content.scenarios) expect(squeeze(facts.text)).toContain(scenario.name);
  });

  it('leaves every private number out of every organisation print', async () => {
    expect(privateNumbers.length).toBeGreaterThan(0);
    for (const kind of printableKinds) {
      const html = renderPrintable(kind, plan, { ...base, audience: 'organisation', copyNumber: 3 });
      const text = (await pdf.toPdfFacts(html)).text.replace(/\s/g, '');
      for (const number of privateNumbers) {
        for (const shown of renderings(number)) expect(text, `${kind} shows ${shown}`).not.toContain(shown.replace(/\s/g, ''));
      }
    }
  });

  it('shows the consented private numbers to the crisis team', async () => {
    const consented = plan.plan.content.people
      .flatMap((person) => person.phones)
      .filter((phone) => phone.private && phone.consentRecordedOn !== undefined && formatPhone(phone.number) !== phone.number);
    const text = squeeze((await pdf.toPdfFacts(renderPrintable('binder', plan, { ...base, audience: 'crisis-team' }))).text);
    expect(consented.some((phone) => text.includes(formatPhone(phone.number)))).toBe(true);
  });

  it('prints hostile plan text without breaking the page', async () => {
    const hostile = signedPlanOf(hostilePlanContent());
    for (const kind of ['binder', 'contact-sheet', 'pocket-card'] as const) {
      const html = renderPrintable(kind, hostile, { ...base, audience: 'crisis-team' });
      expect(html).not.toContain('<script>');
      const facts = await pdf.toPdfFacts(html);
      expect(facts.pages).toBeGreaterThan(0);
      expect(squeeze(facts.text)).toContain('Revisie 7');
    }
  });
});
