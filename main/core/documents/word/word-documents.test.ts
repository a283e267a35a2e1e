import { beforeAll, describe, expect, it } from 'vitest';
import { formatPhone } from '../../../../shared/plan/phone-display.js';
import { docxPart } from '../test-support/docx-parts.js';
import { hostilePlanContent } from '../test-support/hostile-text.js';
import { convertWithLibreOffice, pageBodies, pagesOpeningWith, PROCESS_CARD_LABELS_NL, squeeze, type PdfFacts } from '../test-support/pdf-tools.js';
import { sampleSignedPlan, signedPlanOf } from '../test-support/signed-plan-of.js';
import { buildWordDocument } from './build-word-document.js';

const plan = sampleSignedPlan();
const base = {
  language: 'nl' as const,
  signerFingerprint: 'ABCD 1234 EF56 7890',
  printedAt: new Date('2026-11-30T09:15:00Z'),
};
const privateNumbers = plan.plan.content.people.flatMap((person) =>
  person.phones.filter((phone) => phone.private).map((phone) => phone.number),
);

const built = new Map<string, Buffer>();
let pdfs: Map<string, PdfFacts>;

// LibreOffice takes seconds per start: build every document first, then convert them all in one run.
beforeAll(async () => {
  built.set('plan-crisis.docx', await buildWordDocument('plan', plan, { ...base, audience: 'crisis-team', copyNumber: 16 }));
  built.set('plan-organisation.docx', await buildWordDocument('plan', plan, { ...base, audience: 'organisation' }));
  built.set('plan-en.docx', await buildWordDocument('plan', plan, { ...base, language: 'en', audience: 'crisis-team' }));
  built.set('contacts.docx', await buildWordDocument('contacts', plan, { ...base, audience: 'organisation' }));
  built.set('action-cards.docx', await buildWordDocument('action-cards', plan, { ...base, audience: 'crisis-team' }));
  built.set('hostile.docx', await buildWordDocument('plan', signedPlanOf(hostilePlanContent()), { ...base, audience: 'crisis-team' }));
  pdfs = await convertWithLibreOffice([...built].map(([name, bytes]) => ({ name, bytes })));
}, 180_000);

function pdfOf(name: string): PdfFacts {
  const facts = pdfs.get(name);
  if (facts === undefined) throw new Error(`LibreOffice did not convert ${name}`);
  return facts;
}

describe('the plan as a Word document', () => {
  it('opens in LibreOffice with the people, numbers, processes, deadlines and the footer on every page', () => {
    const facts = pdfOf('plan-crisis.docx');
    const text = squeeze(facts.text);
    expect(facts.pages).toBeGreaterThan(30);
    expect(facts.pages).toBeLessThan(200);
    for (const expected of [
      'Exemplaar nr. 16',
      'Henk Verbeek',
      '06 40001001',
      'Aangifte van geboorte',
      'Aangifte van geboorte binnen 3 dagen na de geboorte',
      '4. Kritieke processen (BIA)',
      'Actiekaart: Uitval I&A-team (ziekte)',
      'Bijlage B. Belboom',
      'Bijlage E. Besluitenlijst',
    ]) {
      expect(text).toContain(expected);
    }
    for (const page of [1, Math.floor(facts.pages / 2), facts.pages]) expect(text).toContain(`pagina ${page} van ${facts.pages}`);
    expect(text.split('Revisie 7 | Vingerafdruk ABCD 1234 EF56 7890 | Afgedrukt 30 november 2026 om 10:15').length - 1).toBe(facts.pages);
    // A process card stays whole under its heading rather than run over a page.
    expect(pagesOpeningWith(pageBodies(facts.text, facts.pages, ['Vertrouwelijk: bevat persoonsgegevens']), PROCESS_CARD_LABELS_NL)).toEqual([]);
  });

  it('uses real heading styles, a table of contents, repeated table headers and Dutch language tags', async () => {
    const bytes = built.get('plan-crisis.docx') as Buffer;
    const document = await docxPart(bytes, 'word/document.xml');
    const styles = await docxPart(bytes, 'word/styles.xml');
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain('<w:pStyle w:val="Heading3"/>');
    expect(document).toMatch(/TOC [^<]*\\o/);
    expect(document).toContain('<w:tblHeader/>');
    expect(document).toContain('w:orient="landscape"');
    expect(styles).toContain('w:val="nl-NL"');
    expect(await docxPart(built.get('plan-en.docx') as Buffer, 'word/styles.xml')).toContain('w:val="en-GB"');
    expect(squeeze(pdfOf('plan-en.docx').text)).toContain('Appendix B. Call tree');
  });

  it('leaves every private number out of the organisation copies', () => {
    for (const name of ['plan-organisation.docx', 'contacts.docx']) {
      const text = pdfOf(name).text.replace(/\s/g, '');
      for (const number of privateNumbers) {
        expect(text, name).not.toContain(number);
        expect(text, name).not.toContain(formatPhone(number).replace(/\s/g, ''));
      }
    }
    const crisis = pdfOf('plan-crisis.docx').text.replace(/\s/g, '');
    expect(privateNumbers.some((number) => crisis.includes(formatPhone(number).replace(/\s/g, '')))).toBe(true);
  });

  it('writes the contact list and the action cards as documents of their own', () => {
    const contacts = squeeze(pdfOf('contacts.docx').text);
    expect(contacts).toContain('Marieke van Dalen');
    expect(contacts).toContain('Leveranciers, ketenpartners en hulpdiensten');
    const cards = pdfOf('action-cards.docx');
    expect(cards.pages).toBeGreaterThanOrEqual(plan.plan.content.scenarios.length + 1);
    for (const scenario of plan.plan.content.scenarios) expect(squeeze(cards.text)).toContain(scenario.name);
  });

  it('still opens when the plan text holds control characters, emoji, right-to-left text and very long words', async () => {
    const facts = pdfOf('hostile.docx');
    const text = squeeze(facts.text);
    expect(facts.pages).toBeGreaterThan(20);
    expect(text).toContain('Controle');
    expect(text).toContain('Revisie 7');
    const document = await docxPart(built.get('hostile.docx') as Buffer, 'word/document.xml');
    // eslint-disable-next-line no-control-regex
    expect(document).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });
});
