import { describe, expect, it } from 'vitest';
import { contactSheetHtml } from '../html/contact-sheet.js';
import { buildDocumentModel } from '../model/document-model.js';
import { sampleSignedPlan } from '../test-support/signed-plan-of.js';
import { contactListBlocks } from './appendices.js';

const model = buildDocumentModel(sampleSignedPlan(), {
  language: 'nl',
  signerFingerprint: 'ABCD 1234 EF56 7890',
  printedAt: new Date('2026-11-30T09:15:00Z'),
  audience: 'crisis-team',
});

describe('a person with several e-mail addresses, on paper', () => {
  it('is listed with every address in the contact list, each after the first with its label', () => {
    const rows = JSON.stringify(contactListBlocks(model));
    expect(rows).toContain(JSON.stringify(['i.postma@voorbeeldstad.example', 'bcm@voorbeeldstad.example (Postbus BCM)']));
  });

  it('is printed on the contact sheet with one address a line, breakable after the @', () => {
    expect(contactSheetHtml(model)).toContain('i.postma@<wbr>voorbeeldstad.example<br>bcm@<wbr>voorbeeldstad.example (Postbus BCM)');
  });
});
