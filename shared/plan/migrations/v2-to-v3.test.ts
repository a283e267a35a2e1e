import { describe, expect, it } from 'vitest';
import { signedPlanSchema } from '../plan.js';
import { migrateSigned } from './migrate-signed.js';
import { contentV2ToV3, migratedActionId, v2ToV3 } from './v2-to-v3.js';

const stampA = '001764547200000-0000-1a2b3c4d5e6f7a8b';
const stampB = '001764547300000-0001-8b7a6f5e4d3c2b1a';

/** The signed part of a plan file exactly as version 2 stored it. */
function v2File() {
  return {
    _type: 'draaiboek.plan',
    specVersion: 2,
    planId: '3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f',
    revision: 9,
    savedAt: '2026-11-30T09:15:00.000Z',
    plan: {
      content: {
        meta: { organisationName: 'Gemeente Voorbeeldstad', title: 'BCP Voorbeeldstad', classification: 'Vertrouwelijk' },
        people: [{ id: 'p-anna', name: 'Anna de Vries', emails: [], phones: [{ number: '+31612345678', kind: 'mobile', private: false }] }],
        scenarios: [{ id: 'scen-brp', name: 'Uitval BRP' }],
        exercises: [
          {
            id: 'oef-tabletop',
            title: 'Tabletop',
            date: '2026-03-01',
            kind: 'tabletop',
            scenarioId: 'scen-brp',
            participantPersonIds: ['p-anna'],
            findings: ['Te laat gestart'],
            actions: [
              { text: 'Nummers controleren', ownerPersonId: 'p-anna', due: '2026-04-01', done: true },
              { text: 'Belregels aanscherpen', done: false },
            ],
          },
          { id: 'oef-belboom', title: 'Belboom', date: '2026-05-01', kind: 'call-tree', participantPersonIds: [], findings: [], actions: [] },
        ],
      },
      sync: {
        stamps: {
          people: { 'p-anna': { name: stampA } },
          exercises: {
            'oef-tabletop': { title: stampA, scenarioId: stampB, actions: stampB },
            'oef-belboom': { title: stampA },
          },
        },
        tombstones: {},
        versionVector: {},
        conflicts: [
          { collection: 'exercises', recordId: 'oef-tabletop', field: 'scenarioId', value: 'scen-oud', stamp: stampA },
          { collection: 'exercises', recordId: 'oef-tabletop', field: 'scenarioId', stamp: stampA, resolvedAt: stampB },
          {
            collection: 'exercises',
            recordId: 'oef-tabletop',
            field: 'actions',
            value: [{ text: 'Nummers controleren', ownerPersonId: 'p-anna', due: '2026-04-01', done: false }],
            stamp: stampA,
          },
          { collection: 'people', recordId: 'p-anna', field: 'name', value: 'Anna', stamp: stampA },
        ],
      },
    },
  };
}

describe('format step 2 -> 3: the yearly cycle in the plan', () => {
  it("turns an exercise's one scenario into a list, marks it held, and moves its actions to improvement actions", () => {
    const migrated = v2ToV3.migrate(v2File()) as { specVersion: number; plan: { content: Record<string, unknown> } };
    expect(migrated.specVersion).toBe(3);
    expect(migrated.plan.content['exercises']).toEqual([
      {
        id: 'oef-tabletop',
        title: 'Tabletop',
        date: '2026-03-01',
        kind: 'tabletop',
        status: 'held',
        scenarioIds: ['scen-brp'],
        participantPersonIds: ['p-anna'],
        findings: ['Te laat gestart'],
      },
      { id: 'oef-belboom', title: 'Belboom', date: '2026-05-01', kind: 'call-tree', status: 'held', participantPersonIds: [], findings: [] },
    ]);
    expect(migrated.plan.content['improvementActions']).toEqual([
      {
        id: 'oef-tabletop-actie-1',
        text: 'Nummers controleren',
        status: 'done',
        ownerPersonId: 'p-anna',
        dueDate: '2026-04-01',
        sourceExerciseId: 'oef-tabletop',
      },
      { id: 'oef-tabletop-actie-2', text: 'Belregels aanscherpen', status: 'open', sourceExerciseId: 'oef-tabletop' },
    ]);
  });

  it('moves the change stamps and conflicts of the fields that moved', () => {
    const migrated = v2ToV3.migrate(v2File()) as ReturnType<typeof v2File>;
    const fields = { text: stampB, status: stampB, ownerPersonId: stampB, dueDate: stampB, sourceExerciseId: stampB };
    expect(migrated.plan.sync.stamps).toEqual({
      people: { 'p-anna': { name: stampA } },
      exercises: { 'oef-tabletop': { title: stampA, scenarioIds: stampB }, 'oef-belboom': { title: stampA } },
      improvementActions: { 'oef-tabletop-actie-1': fields, 'oef-tabletop-actie-2': fields },
    });
    expect(migrated.plan.sync.conflicts).toEqual([
      { collection: 'exercises', recordId: 'oef-tabletop', field: 'scenarioIds', value: ['scen-oud'], stamp: stampA },
      { collection: 'exercises', recordId: 'oef-tabletop', field: 'scenarioIds', stamp: stampA, resolvedAt: stampB },
      { collection: 'improvementActions', recordId: 'oef-tabletop-actie-1', field: 'status', value: 'open', stamp: stampA },
      { collection: 'people', recordId: 'p-anna', field: 'name', value: 'Anna', stamp: stampA },
    ]);
  });

  it('makes the same records on two laptops: ids come from the exercise, cut to a valid length', () => {
    expect(JSON.stringify(v2ToV3.migrate(v2File()))).toBe(JSON.stringify(v2ToV3.migrate(v2File())));
    const long = 'o'.repeat(64);
    expect(migratedActionId(long, 11)).toHaveLength(64);
    expect(migratedActionId(long, 11).endsWith('-actie-12')).toBe(true);
  });

  it('handles a plan without exercises, stamps or conflicts', () => {
    const bare = { _type: 'draaiboek.plan', specVersion: 2, plan: { content: { meta: {} }, sync: {} } };
    expect(v2ToV3.migrate(bare)).toEqual({ ...bare, specVersion: 3 });
  });

  it("gives a version 2 file that today's schema accepts, through the registered chain, leaving the input alone", () => {
    const file = v2File();
    const parsed = signedPlanSchema.parse(migrateSigned(file).signed);
    expect(parsed.plan.content.improvementActions.map((action) => action.id)).toEqual(['oef-tabletop-actie-1', 'oef-tabletop-actie-2']);
    expect(parsed.plan.content.exercises[1]?.scenarioIds).toEqual([]);
    expect(parsed.plan.content.approvals).toEqual([]);
    expect(file).toEqual(v2File());
  });

  it('upgrades content without an envelope the same way, and leaves version 3 content as it is', () => {
    const content = contentV2ToV3(v2File().plan.content) as Record<string, unknown>;
    expect((content['improvementActions'] as unknown[]).length).toBe(2);
    expect(contentV2ToV3(content)).toEqual(content);
  });
});
