import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/index.js';
import { planContentSchema, type PlanContent } from '../../../shared/plan/plan.js';
import { describeUndo } from './describe-change.js';

const sample = planContentSchema.parse({
  meta: { organisationName: 'Gemeente Test', title: 'Plan', classification: 'Intern', versionLabel: '1.0' },
  people: [{ id: 'p-henk-verbeek', name: 'Henk Verbeek', phones: [{ number: '+31612345678', kind: 'mobile' }] }],
});
const nl = createTranslator('nl');
const en = createTranslator('en');

function withPeople(content: PlanContent, people: PlanContent['people']): PlanContent {
  return { ...content, people };
}

describe('what undo takes back, in words', () => {
  it('names the field and the record of a single edit', () => {
    const edited = withPeople(sample, sample.people.map((person) => (person.id === 'p-henk-verbeek' ? { ...person, phones: [] } : person)));
    expect(describeUndo(nl, sample, edited)).toBe('Ongedaan maken: telefoonnummers van Henk Verbeek');
    expect(describeUndo(en, sample, edited)).toBe('Undo: phone numbers of Henk Verbeek');
  });

  it('says which record was added or deleted, and counts several', () => {
    const henk = sample.people.find((person) => person.id === 'p-henk-verbeek');
    if (henk === undefined) throw new Error('sample changed');
    const added = withPeople(sample, [...sample.people, { ...henk, id: 'p-nieuw', name: 'Nieuwe Collega' }]);
    expect(describeUndo(nl, sample, added)).toBe('Ongedaan maken: toevoegen van Nieuwe Collega');
    expect(describeUndo(nl, added, sample)).toBe('Ongedaan maken: verwijderen van Nieuwe Collega');
    const both = { ...added, meta: { ...added.meta, versionLabel: '9.9' } };
    expect(describeUndo(nl, sample, both)).toBe('Ongedaan maken: 2 wijzigingen');
    expect(describeUndo(nl, sample, sample)).toBeUndefined();
  });
});
