import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/index.js';
import { describeRevision } from './describe-revision.js';

const none = { addedCount: 0, changedCount: 0, deletedCount: 0, added: [], changed: [], deleted: [] };

describe('a history row', () => {
  it('names the records a revision changed, with their fields, in Dutch and English', () => {
    const changes = [
      { ...none, collection: 'people', changedCount: 1, changed: [{ id: 'p-henk', name: 'Henk Verbeek', fields: ['phones'] }] },
      { ...none, collection: 'roles', addedCount: 1, added: [{ id: 'rol-x', name: 'Woordvoerder' }] },
    ];
    expect(describeRevision(createTranslator('nl'), changes)).toEqual(['telefoonnummers van Henk Verbeek', 'Woordvoerder toegevoegd']);
    expect(describeRevision(createTranslator('en'), changes)).toEqual(['phone numbers of Henk Verbeek', 'Woordvoerder added']);
  });

  it('counts what it does not name, from the complete counts', () => {
    const deleted = ['A', 'B', 'C', 'D'].map((name) => ({ id: name, name }));
    const changes = [{ ...none, collection: 'people', deletedCount: 9, deleted }];
    expect(describeRevision(createTranslator('nl'), changes)).toEqual(['A verwijderd', 'B verwijderd', 'C verwijderd', 'en nog 6']);
  });

  it('says so when a revision changed no content', () => {
    expect(describeRevision(createTranslator('nl'), [])).toEqual(['geen inhoudelijke wijziging']);
  });
});
