import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/index.js';
import { externalOrganisationSchema, personSchema } from '../../../shared/plan/entities.js';
import { planMetaSchema } from '../../../shared/plan/meta.js';
import { changeFor, rebaseDraft, validateDraft } from './record-draft.js';
import { fieldSpecs } from './field-specs.js';

const nl = createTranslator('nl');
const en = createTranslator('en');

describe('editing a record', () => {
  it('says in the UI language what is wrong with each field as the user types', () => {
    const draft = { id: 'p-1', name: '  ', emails: [{ address: 'henk@', kind: 'work' }], phones: [{ number: '06 123', kind: 'mobile', private: false }] };
    const errors = validateDraft(personSchema, fieldSpecs.people, draft, nl);
    expect(errors.get('name')).toBe(nl('ui.validation.required'));
    expect(errors.get('emails.0.address')).toBe(nl('ui.validation.email'));
    expect(errors.get('phones.0.number')).toBe(nl('ui.validation.phone'));
    expect(validateDraft(personSchema, fieldSpecs.people, draft, en).get('emails.0.address')).toBe(en('ui.validation.email'));
  });

  it('refuses a number in E.164 form that no network connects, naming it, in the UI language', () => {
    // One digit short of a Dutch mobile: the stored format admits it, entry does not.
    const draft = { id: 'p-1', name: 'Henk', phones: [{ number: '+31640001001', kind: 'mobile', private: false }, { number: '+3164009002', kind: 'mobile', private: true }] };
    const errors = validateDraft(personSchema, fieldSpecs.people, draft, nl);
    expect([...errors.keys()]).toEqual(['phones.1.number']);
    expect(errors.get('phones.1.number')).toBe(nl('ui.validation.phoneNotDialable', { number: '+3164009002' }));
    expect(validateDraft(personSchema, fieldSpecs.people, draft, en).get('phones.1.number')).toContain('+3164009002 does not exist');
    const supplier = { id: 'org-1', name: 'Kortnet', kind: 'supplier', escalation: [], line24x7: '+3120123' };
    expect([...validateDraft(externalOrganisationSchema, fieldSpecs.organisations, supplier, nl).keys()]).toEqual(['line24x7']);
  });

  it('accepts a valid person', () => {
    const draft = { id: 'p-1', name: 'Henk', phones: [{ number: '+31612345678', kind: 'mobile', private: false }] };
    expect(validateDraft(personSchema, fieldSpecs.people, draft, nl).size).toBe(0);
  });

  it('sends only the fields that changed, and unsets a field the user cleared', () => {
    const original = { id: 'p-1', name: 'Henk', jobTitle: 'Adviseur', phones: [] };
    expect(changeFor('people', original, { ...original, name: 'Henk Jansen', jobTitle: '' })).toEqual({
      op: 'update',
      collection: 'people',
      id: 'p-1',
      set: { name: 'Henk Jansen' },
      unset: ['jobTitle'],
    });
    expect(changeFor('people', original, { ...original })).toBeUndefined();
  });

  it('creates a new record and edits the plan metadata with updateMeta', () => {
    expect(changeFor('people', undefined, { id: 'new-1', name: 'Anna', email: '' })).toEqual({ op: 'create', collection: 'people', record: { id: 'new-1', name: 'Anna' } });
    const meta = planMetaSchema.parse({ organisationName: 'Gemeente', title: 'Plan', classification: 'Intern' });
    expect(changeFor('meta', meta, { ...meta, reviewDue: '2027-10-01' })).toEqual({ op: 'updateMeta', set: { reviewDue: '2027-10-01' } });
  });

  it('moves a draft onto a record saved elsewhere, keeping only the edits the user made', () => {
    const base = { id: 'p-1', name: 'Henk', jobTitle: 'Burgemeester' };
    const draft = { ...base, jobTitle: 'Burgemeester (waarnemend)' };
    const latest = { ...base, department: 'Bestuursbureau' };
    const moved = rebaseDraft('people', base, draft, latest);
    expect(moved).toEqual({ draft: { id: 'p-1', name: 'Henk', jobTitle: 'Burgemeester (waarnemend)', department: 'Bestuursbureau' }, kept: true });
    expect(changeFor('people', latest, moved.draft)).toEqual({ op: 'update', collection: 'people', id: 'p-1', set: { jobTitle: 'Burgemeester (waarnemend)' } });
    // The echo of the form's own save: nothing left unsaved.
    expect(rebaseDraft('people', base, draft, draft).kept).toBe(false);
  });
});
