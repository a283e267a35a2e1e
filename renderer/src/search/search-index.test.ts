import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/index.js';
import { planContentSchema } from '../../../shared/plan/plan.js';
import { buildSearchIndex, searchIndex } from './search-index.js';

const content = planContentSchema.parse({
  meta: { organisationName: 'Gemeente Test', title: 'Plan', classification: 'Intern' },
  people: [
    {
      id: 'p-1',
      name: 'Zoë de Vries',
      jobTitle: 'Burgemeester',
      phones: [
        { number: '+31612345678', kind: 'mobile' },
        { number: '+31640008001', kind: 'other', label: 'Piketnummer AOV' },
        { number: '+31555700001', kind: 'home', private: true, consentRecordedOn: '2026-01-12' },
        { number: '+31555700002', kind: 'home', private: true },
      ],
    },
    {
      id: 'p-2',
      name: 'Henk Jansen',
      emails: [
        { address: 'henk@example.nl', kind: 'work' },
        { address: 'bcm@example.nl', kind: 'role', label: 'Postbus crisisteam' },
      ],
      phones: [],
    },
  ],
  roles: [{ id: 'r-1', name: 'Voorzitter beleidsteam', primaryPersonId: 'p-1' }],
  organisations: [{ id: 'o-1', name: 'Centric', kind: 'saas', contractNumber: 'C-778' }],
  applications: [{ id: 'a-1', name: 'Burgerzaken-suite', hosting: 'saas' }],
  processes: [{ id: 'pr-1', name: 'Geboorteaangifte', criticality: 'critical' }],
});

describe('search across the plan', () => {
  const index = buildSearchIndex(content, createTranslator('nl'));

  it('finds people without caring about accents or case', () => {
    expect(searchIndex(index, 'zoe').map((entry) => entry.id)).toContain('p-1');
    expect(searchIndex(index, 'VRIES burgemeester').map((entry) => entry.kind)).toEqual(['person']);
  });

  it('finds a person by any of their e-mail addresses and by an address label', () => {
    for (const query of ['henk@example', 'bcm@example.nl', 'postbus crisisteam']) {
      expect(searchIndex(index, query).map((entry) => entry.id), query).toEqual(['p-2']);
    }
  });

  it('finds a number however it is typed', () => {
    for (const query of ['06 1234 5678', '+31 6 12345678', '0612345678', '12345678']) {
      const hits = searchIndex(index, query);
      expect(hits.map((entry) => entry.kind), query).toEqual(['number']);
      expect(hits[0]?.phone).toBe('+31612345678');
    }
  });

  it('finds a number by the label it carries and by its kind in the UI language, naming it', () => {
    const piket = searchIndex(index, 'piket');
    expect(piket.map((entry) => [entry.kind, entry.phone, entry.detail])).toEqual([['number', '+31640008001', 'Piketnummer AOV']]);
    expect(searchIndex(index, 'mobiel').map((entry) => entry.phone)).toEqual(['+31612345678']);
    expect(searchIndex(buildSearchIndex(content, createTranslator('en')), 'mobile').map((entry) => entry.phone)).toEqual(['+31612345678']);
  });

  it('marks a private number, and leaves out one kept without recorded consent, as on paper', () => {
    expect(searchIndex(index, '0555700001').map((entry) => [entry.phone, entry.private])).toEqual([['+31555700001', true]]);
    expect(searchIndex(index, '0555700002')).toEqual([]);
  });

  it('finds roles by the person who holds them, and suppliers by contract number', () => {
    expect(searchIndex(index, 'zoë').map((entry) => entry.kind).sort()).toEqual(['number', 'number', 'number', 'person', 'role']);
    expect(searchIndex(index, 'c-778').map((entry) => entry.id)).toEqual(['o-1']);
  });

  it('finds processes and applications, and nothing for an empty query', () => {
    expect(searchIndex(index, 'geboorte').map((entry) => entry.target)).toEqual(['processes']);
    expect(searchIndex(index, 'burgerzaken').map((entry) => entry.target)).toEqual(['applications']);
    expect(searchIndex(index, '   ')).toEqual([]);
  });
});
