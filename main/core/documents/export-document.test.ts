import { afterEach, describe, expect, it } from 'vitest';
import { dirname } from 'node:path';
import { listCopies } from '../copies/copies-register.js';
import { createPlanService } from '../plan/plan-service.js';
import { openDataDir } from '../data-dir/open-data-dir.js';
import { initTempDataDir, removeTempDir, testPlatform } from '../test-support/temp-data-dir.js';
import { docxPart } from './test-support/docx-parts.js';
import { exportDocument } from './export-document.js';
import { renderMarkdown } from './markdown/render-markdown.js';
import { sampleSignedPlan } from './test-support/signed-plan-of.js';

const made: string[] = [];
afterEach(async () => {
  for (const dir of made.splice(0)) await removeTempDir(dir);
});

async function sampleSource() {
  const { dataDir } = await initTempDataDir({ kind: 'sample' });
  made.push(dirname(dataDir));
  const opened = await openDataDir(dataDir, testPlatform(), 'read');
  const { signed, signerFingerprint } = createPlanService(opened).current();
  await opened.close();
  return { dataDir, plan: signed, signerFingerprint };
}

const request = { audience: 'crisis-team' as const, language: 'nl' as const, printedAt: new Date('2026-11-30T09:15:00Z') };

describe('exporting documents', () => {
  it('numbers each binder and Word plan in the copies register and puts the number on the cover', async () => {
    const source = await sampleSource();
    const first = await exportDocument(source, { ...request, format: 'html', what: 'binder', recipient: 'Burgemeester' });
    const second = await exportDocument(source, { ...request, format: 'docx', audience: 'organisation' });
    expect(first.copy?.copyNumber).toBe(1);
    expect(second.copy?.copyNumber).toBe(2);
    expect(first.bytes.toString('utf8')).toContain('Exemplaar nr. 1');
    expect(await docxPart(second.bytes, 'word/document.xml')).toContain('Exemplaar nr. 2');
    const copies = await listCopies(source.dataDir);
    expect(copies.map((copy) => [copy.kind, copy.copyNumber, copy.audience, copy.revision, copy.recipient])).toEqual([
      ['binder-print', 1, 'crisis-team', source.plan.revision, 'Burgemeester'],
      ['docx', 2, 'organisation', source.plan.revision, undefined],
    ]);
    const third = await exportDocument(source, { ...request, format: 'html', what: 'binder' });
    expect(third.bytes.toString('utf8')).toContain('Exemplaar 2: revisie');
  });

  it('does not number sheets and Markdown, which are no copies of the plan', async () => {
    const source = await sampleSource();
    const sheet = await exportDocument(source, { ...request, format: 'html', what: 'contact-sheet' });
    const markdown = await exportDocument(source, { ...request, format: 'md' });
    expect(sheet.copy).toBeUndefined();
    expect(markdown.what).toBe('plan');
    expect(await listCopies(source.dataDir)).toEqual([]);
  });

  it('refuses a document the format cannot hold, in the language asked, and records nothing', async () => {
    const source = await sampleSource();
    await expect(exportDocument(source, { ...request, format: 'md', what: 'binder' })).rejects.toMatchObject({
      code: 'USAGE',
      params: { detail: expect.stringContaining('kan niet als md') },
    });
    await expect(exportDocument(source, { ...request, format: 'docx', what: 'pocket-card' })).rejects.toMatchObject({ code: 'USAGE' });
    expect(await listCopies(source.dataDir)).toEqual([]);
  });
});

describe('the Markdown export', () => {
  const plan = sampleSignedPlan();
  const options = { ...request, signerFingerprint: 'ABCD 1234 EF56 7890' };

  it('holds the whole plan: chapters, the BIA table, action cards, contacts and the page marks', () => {
    const markdown = renderMarkdown(plan, options);
    expect(markdown).toMatch(/^# Bedrijfscontinuïteitsplan Gemeente Voorbeeldstad/);
    for (const expected of ['# 4\\. Kritieke processen (BIA)', '| Proces | Eigenaar |', 'Aangifte van geboorte', '## Actiekaart: Uitval I&A-team (ziekte)', '# Bijlage A. Contactlijst', '06 40001001', 'Vingerafdruk ABCD 1234 EF56 7890']) {
      expect(markdown).toContain(expected);
    }
  });

  it('keeps markup in plan text as text and table rows on one line', () => {
    const content = structuredClone(plan.plan.content);
    const first = content.processes[0];
    if (first !== undefined) first.mbco = 'regel 1 | pijp\nregel 2 <b>vet</b> # kop';
    const markdown = renderMarkdown({ ...plan, plan: { ...plan.plan, content } }, options);
    const row = markdown.split('\n').find((line) => line.startsWith('| Aangifte van geboorte'));
    expect(row).toContain('regel 1 \\| pijp regel 2 \\<b\\>vet\\</b\\> \\# kop');
  });

  it('leaves private numbers out for the organisation', () => {
    const markdown = renderMarkdown(plan, { ...options, audience: 'organisation' });
    const privateNumbers = plan.plan.content.people.flatMap((person) => person.phones.filter((phone) => phone.private));
    for (const phone of privateNumbers) expect(markdown.replace(/\s/g, '')).not.toContain(phone.number.slice(3));
  });
});
