import { describe, expect, it } from 'vitest';
import { signedPlanSchema } from '../plan.js';
import { migrateSigned } from './migrate-signed.js';
import { v1ToV2 } from './v1-to-v2.js';

const stampA = '001764547200000-0000-1a2b3c4d5e6f7a8b';
const stampB = '001764547300000-0001-8b7a6f5e4d3c2b1a';

/** The signed part of a plan file exactly as version 1 stored it. */
function v1File() {
  return {
    _type: 'draaiboek.plan',
    specVersion: 1,
    planId: '3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f',
    revision: 4,
    savedAt: '2026-11-30T09:15:00.000Z',
    plan: {
      content: {
        meta: { organisationName: 'Gemeente Voorbeeldstad', title: 'BCP Voorbeeldstad', classification: 'Vertrouwelijk' },
        people: [
          {
            id: 'p-anna',
            name: 'Anna de Vries',
            email: 'a.devries@voorbeeldstad.example',
            phones: [{ number: '+31612345678', kind: 'mobile', private: false }],
          },
          { id: 'p-bram', name: 'Bram Jansen', phones: [] },
        ],
        organisations: [{ id: 'o-leverancier', name: 'Leverancier BV', kind: 'supplier', email: 'support@leverancier.example' }],
      },
      sync: {
        stamps: {
          people: { 'p-anna': { name: stampA, email: stampB }, 'p-bram': { name: stampA } },
          organisations: { 'o-leverancier': { email: stampA } },
        },
        tombstones: {},
        versionVector: {},
        conflicts: [
          { collection: 'people', recordId: 'p-anna', field: 'email', value: 'anna@thuis.example', stamp: stampA },
          { collection: 'people', recordId: 'p-anna', field: 'email', stamp: stampA, resolvedAt: stampB },
          { collection: 'people', recordId: 'p-anna', field: 'name', value: 'Anna', stamp: stampA },
          { collection: 'organisations', recordId: 'o-leverancier', field: 'email', value: 'info@leverancier.example', stamp: stampA },
        ],
      },
    },
  };
}

describe('format step 1 -> 2: a person holds a list of e-mail addresses', () => {
  it('turns a person\'s one address into the first of the list, kind work, and leaves others alone', () => {
    const migrated = v1ToV2.migrate(v1File()) as ReturnType<typeof v1File>;
    expect(migrated.specVersion).toBe(2);
    expect(migrated.plan.content.people).toEqual([
      {
        id: 'p-anna',
        name: 'Anna de Vries',
        emails: [{ address: 'a.devries@voorbeeldstad.example', kind: 'work' }],
        phones: [{ number: '+31612345678', kind: 'mobile', private: false }],
      },
      { id: 'p-bram', name: 'Bram Jansen', phones: [] },
    ]);
    // An organisation keeps its one address: the step is about people only.
    expect(migrated.plan.content.organisations).toEqual(v1File().plan.content.organisations);
  });

  it('moves the field\'s change stamp and its conflicts along with it', () => {
    const migrated = v1ToV2.migrate(v1File()) as ReturnType<typeof v1File>;
    expect(migrated.plan.sync.stamps).toEqual({
      people: { 'p-anna': { name: stampA, emails: stampB }, 'p-bram': { name: stampA } },
      organisations: { 'o-leverancier': { email: stampA } },
    });
    expect(migrated.plan.sync.conflicts).toEqual([
      { collection: 'people', recordId: 'p-anna', field: 'emails', value: [{ address: 'anna@thuis.example', kind: 'work' }], stamp: stampA },
      { collection: 'people', recordId: 'p-anna', field: 'emails', stamp: stampA, resolvedAt: stampB },
      { collection: 'people', recordId: 'p-anna', field: 'name', value: 'Anna', stamp: stampA },
      { collection: 'organisations', recordId: 'o-leverancier', field: 'email', value: 'info@leverancier.example', stamp: stampA },
    ]);
  });

  it('handles a plan without people, stamps or conflicts', () => {
    const bare = { _type: 'draaiboek.plan', specVersion: 1, plan: { content: { meta: {} }, sync: {} } };
    expect(v1ToV2.migrate(bare)).toEqual({ ...bare, specVersion: 2 });
  });

  it('gives a version 1 file that today\'s schema accepts, through the registered chain', () => {
    const file = v1File();
    const outcome = migrateSigned(file);
    expect(outcome.from).toBe(1);
    const parsed = signedPlanSchema.parse(outcome.signed);
    expect(parsed.plan.content.people.find((person) => person.id === 'p-anna')?.emails).toEqual([
      { address: 'a.devries@voorbeeldstad.example', kind: 'work' },
    ]);
    expect(parsed.plan.content.people.find((person) => person.id === 'p-bram')?.emails).toEqual([]);
    expect(file).toEqual(v1File());
  });
});
