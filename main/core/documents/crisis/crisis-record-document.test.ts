import { beforeAll, describe, expect, it } from 'vitest';
import type { CrisisView } from '../../../../shared/crisis/crisis-contract.js';
import type { CrisisEventBody } from '../../../../shared/crisis/crisis-events.js';
import { foldCrisis } from '../../../../shared/crisis/fold-crisis.js';
import { CRISIS_ID, createTestDevice } from '../../../../shared/crisis/test-support/crisis-event-kit.js';
import { convertWithLibreOffice, squeeze, type PdfFacts } from '../test-support/pdf-tools.js';
import { sampleSignedPlan } from '../test-support/signed-plan-of.js';
import { buildCrisisRecordHtml, buildCrisisRecordWord } from './crisis-record-document.js';

const plan = sampleSignedPlan();
const content = plan.plan.content;
const T0 = Date.parse('2026-12-03T08:00:00.000Z');
const at = (minutes: number): string => new Date(T0 + minutes * 60_000).toISOString();
const options = { language: 'nl' as const, audience: 'crisis-team' as const, signerFingerprint: 'ABCD 1234 EF56 7890', printedAt: new Date('2026-12-04T09:00:00Z') };
const facts = { sha256: 'f'.repeat(64), eventCount: 0 };

/** A crisis written by two laptops, long enough to run over several pages. */
function viewOf(exercise: boolean): { view: CrisisView; messages: string[] } {
  const a = createTestDevice(1);
  const b = createTestDevice(2);
  const events = [a.write(T0 + 1_000, { kind: 'activated', data: { scenarioIds: ['scen-gemeentehuis-gesloten', 'scen-netwerkstoring'], at: at(0), by: 'Marieke van Dalen', exercise } })];
  const messages: string[] = [];
  for (let i = 0; i < 60; i += 1) {
    const message = `Melding nummer ${i + 1} uit de meldkamer`;
    messages.push(message);
    const device = i % 2 === 0 ? a : b;
    events.push(device.write(T0 + (i + 2) * 60_000, { kind: 'log-entry', data: { at: at(i + 2), message, from: 'Meldkamer', to: 'Crisisteam' } } satisfies CrisisEventBody));
  }
  events.push(a.write(T0 + 70 * 60_000, { kind: 'decision', data: { at: at(70), decision: 'Uitwijken naar De Schakel', rationale: 'Gemeentehuis dicht', followUps: [{ text: 'Sleutel ophalen', ownerName: 'Marco Schouten' }] } }));
  events.push(b.write(T0 + 71 * 60_000, { kind: 'step-ticked', data: { scenarioId: 'scen-gemeentehuis-gesloten', stepIndex: 0, state: 'done', at: at(71), by: 'Jeroen Mulder' } }));
  events.push(b.write(T0 + 72 * 60_000, { kind: 'availability', data: { state: 'unavailable', personId: 'p-jeroen-mulder', from: at(72), reason: 'ill' } }));
  events.push(a.write(T0 + 80 * 60_000, { kind: 'handover', data: { at: at(80), summary: 'Dienst 1 draagt over', from: 'Ilse van Rijn', to: 'Niels Verbruggen', by: 'Ilse van Rijn' } }));
  const state = foldCrisis(content, CRISIS_ID, events, at(90));
  const devices = [a, b].map((device, index) => ({ keyid: device.device, fingerprint: `FP${index}`, name: `Laptop ${index === 0 ? 'A' : 'B'}`, own: index === 0, eventCount: events.filter((event) => event.signed.device === device.device).length }));
  return { view: { state, problems: [], devices, clockWarnings: [] }, messages };
}

let pdfs: Map<string, PdfFacts>;
const exercise = viewOf(true);
const real = viewOf(false);

beforeAll(async () => {
  const files = [
    { name: 'exercise.docx', bytes: await buildCrisisRecordWord(plan, exercise.view, { ...facts, eventCount: exercise.view.state.eventCount }, options) },
    { name: 'real.docx', bytes: await buildCrisisRecordWord(plan, real.view, { ...facts, eventCount: real.view.state.eventCount }, options) },
  ];
  pdfs = await convertWithLibreOffice(files);
}, 180_000);

function pdfOf(name: string): PdfFacts {
  const pdf = pdfs.get(name);
  if (pdf === undefined) throw new Error(`LibreOffice did not convert ${name}`);
  return pdf;
}

describe('the crisis record as a Word document', () => {
  it('opens in LibreOffice and holds the cover, every log entry, the decision, the checklist, the availability and the handover', () => {
    const pdf = pdfOf('exercise.docx');
    const text = squeeze(pdf.text);
    expect(pdf.pages).toBeGreaterThan(1);
    expect(text).toContain('Crisisverslag: Gemeentehuis gesloten');
    expect(text).toContain('f'.repeat(64));
    expect(text).toContain('Laptop A');
    expect(text).toContain('Laptop B');
    expect(text).toContain(`Aantal gebeurtenissen ${exercise.view.state.eventCount}`);
    for (const message of exercise.messages) expect(text).toContain(message);
    expect(text).toContain('Uitwijken naar De Schakel');
    expect(text).toContain('gedaan door Jeroen Mulder');
    expect(text).toContain('Jeroen Mulder: afwezig (ziek)');
    expect(text).toContain('Dienst 1 draagt over');
  });

  it('says OEFENING on every page of an exercise, and nowhere in the record of a real crisis', () => {
    const pages = pdfOf('exercise.docx').text.split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain('OEFENING');
    expect(pdfOf('real.docx').text).not.toContain('OEFENING');
  });
});

describe('the crisis record as HTML for print and PDF', () => {
  it('carries OEFENING in the page marks and every entry in the body', () => {
    const html = buildCrisisRecordHtml(plan, exercise.view, facts, options);
    expect(html).toMatch(/@top-left \{ content: "OEFENING/);
    for (const message of exercise.messages) expect(html).toContain(message);
  });
});
