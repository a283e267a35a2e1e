import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sampleSignedPlan } from '../test-support/signed-plan-of.js';
import { buildDocumentModel } from './document-model.js';
import { phoneVisibleTo } from './audience-filter.js';
import { formatPhone } from '../../../../shared/plan/phone-display.js';
import { formatDay, formatInstant } from './format.js';
import { printableText } from '../../../../shared/text-safety.js';
import { cssString, escapeHtml } from './text-safety.js';

const options = {
  language: 'nl' as const,
  signerFingerprint: 'ABCD 1234 EF56 7890',
  printedAt: new Date('2026-11-30T09:15:00Z'),
};

describe('the audience filter', () => {
  const plan = sampleSignedPlan();
  const privateNumbers = plan.plan.content.people.flatMap((person) => person.phones.filter((phone) => phone.private));

  it('has private numbers in the sample plan to test with', () => {
    expect(privateNumbers.length).toBeGreaterThan(5);
  });

  it('leaves every private number out for the organisation', () => {
    const model = buildDocumentModel(plan, { ...options, audience: 'organisation' });
    expect(model.content.people.flatMap((person) => person.phones).some((phone) => phone.private)).toBe(false);
    expect(model.content.people.some((person) => person.notes !== undefined)).toBe(false);
  });

  it('gives the crisis team private numbers only with recorded consent', () => {
    const model = buildDocumentModel(plan, { ...options, audience: 'crisis-team' });
    const shown = model.content.people.flatMap((person) => person.phones).filter((phone) => phone.private);
    expect(shown.length).toBe(privateNumbers.filter((phone) => phone.consentRecordedOn !== undefined).length);
    expect(phoneVisibleTo({ number: '+31612345678', kind: 'home', private: true }, 'crisis-team')).toBe(false);
  });

  it('never changes the plan it was given', () => {
    const before = JSON.stringify(plan);
    buildDocumentModel(plan, { ...options, audience: 'organisation' });
    expect(JSON.stringify(plan)).toBe(before);
  });

  it('numbers the crisis team in call tree order and links callers by number', () => {
    const model = buildDocumentModel(plan, { ...options, audience: 'crisis-team' });
    const [starter, second] = model.crisisTeam;
    expect(starter?.callerNumber).toBeUndefined();
    expect(second?.callerNumber).toBe(1);
    expect(starter?.callsNumbers).toContain(2);
  });
});

describe('formats', () => {
  it('shows Dutch numbers in national format and keeps unknown numbers as stored', () => {
    expect(formatPhone('+31640001001')).toBe('06 40001001');
    expect(formatPhone('+31555801001')).toBe('055 580 1001');
    expect(formatPhone('+32470123456')).toBe('+32 470 12 34 56');
    expect(formatPhone('+3164009002')).toBe('+3164009002');
  });

  it('shows instants in Amsterdam time, summer and winter', () => {
    expect(formatInstant(new Date('2026-11-30T09:15:00Z'), 'nl')).toBe('30 november 2026 om 10:15');
    expect(formatInstant(new Date('2026-07-01T22:30:00Z'), 'en')).toContain('2 July 2026');
  });

  it('shows a calendar date as written, whatever the time zone', () => {
    expect(formatDay('2026-10-13', 'nl')).toBe('13 oktober 2026');
  });
});

describe('text at the edge', () => {
  it('removes what XML 1.0 forbids and keeps emoji and right-to-left text', () => {
    expect(printableText('a\u0000b\u0007c\u001Fd\tx\ny\uFFFE')).toBe('abcd\tx\ny');
    expect(printableText('🚨 שלום')).toBe('🚨 שלום');
    expect(printableText('a\uD83Db')).toBe('a\uFFFDb');
  });

  it('escapes HTML so plan text never becomes markup', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        // eslint-disable-next-line no-control-regex
        expect(escaped).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
      }),
    );
  });

  it('writes CSS strings that cannot end the string or the style sheet', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const css = cssString(text);
        expect(css.slice(1, -1)).not.toMatch(/["<>\n]/);
      }),
    );
  });
});
