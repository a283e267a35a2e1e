import { describe, expect, it } from 'vitest';
import { contactSheetHtml } from '../html/contact-sheet.js';
import { buildDocumentModel } from '../model/document-model.js';
import { sampleSignedPlan, signedPlanOf } from '../test-support/signed-plan-of.js';
import { contactListBlocks } from './appendices.js';

/*
 * A call-tree test marks the number a person was reached on as verified that day, not the person record. The
 * paper says when someone's details were last verified, so it counts the numbers too, as the health list does.
 */
const sample = sampleSignedPlan().plan.content;
const person = sample.people.find((candidate) => candidate.lastVerified !== undefined && candidate.lastVerified < '2026-11-01' && candidate.phones.length > 0);
if (person === undefined) throw new Error('the sample plan has no person verified before November 2026');
const content = {
  ...sample,
  people: sample.people.map((candidate) =>
    candidate.id === person.id ? { ...candidate, phones: candidate.phones.map((phone, index) => (index === 0 ? { ...phone, lastVerified: '2026-11-20' } : phone)) } : candidate,
  ),
};
const model = buildDocumentModel(signedPlanOf(content), {
  language: 'nl',
  signerFingerprint: 'ABCD 1234 EF56 7890',
  printedAt: new Date('2026-11-30T09:15:00Z'),
  audience: 'crisis-team',
});

describe('the day a person was last verified, on paper', () => {
  it('is the newest of the person and the numbers on the contact sheet of a team that fits one side', () => {
    const small = buildDocumentModel(signedPlanOf({ ...content, roles: [], callTree: [{ id: 'ct-only', personId: person.id, order: 0 }] }), {
      language: 'nl',
      signerFingerprint: 'ABCD 1234 EF56 7890',
      printedAt: new Date('2026-11-30T09:15:00Z'),
      audience: 'crisis-team',
    });
    const row = contactSheetHtml(small).split('<tr').find((candidate) => candidate.includes('<td') && candidate.includes(person.name)) ?? '';
    expect(row).toContain('20-11-2026');
  });

  it('is the newest of the person and the numbers in the Word plan\'s contact list', () => {
    const rows = JSON.stringify(contactListBlocks(model));
    const row = rows.slice(rows.indexOf(JSON.stringify(person.name)));
    expect(row.slice(0, row.indexOf(']]') + 2)).toContain('20 november 2026');
  });
});
