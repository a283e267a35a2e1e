import { describe, expect, it } from 'vitest';
import { idSchema } from './primitives.js';
import { collectionNames, conflictSchema, planContentSchema, syncStateSchema, type CollectionName } from './plan.js';
import { duplicateRecordIdError } from './unique-record-ids.js';

const stamp = '001764400000000-0000-0123456789abcdef';

describe('the plan schema keeps prototype names out of every key', () => {
  it('refuses ids that are prototype names, and accepts slugs and UUIDs', () => {
    expect(idSchema.safeParse('constructor').success).toBe(false);
    expect(idSchema.safeParse('prototype').success).toBe(false);
    expect(idSchema.safeParse('__proto__').success).toBe(false);
    expect(idSchema.safeParse('p-henk-verbeek').success).toBe(true);
    expect(idSchema.safeParse('constructor-2').success).toBe(true);
    expect(idSchema.safeParse('3f2b8c1e-9d4a-4c6b-8e2f-1a2b3c4d5e6f').success).toBe(true);
  });

  it('accepts stamps only for fields a record of that collection has', () => {
    expect(syncStateSchema.safeParse({ stamps: { people: { 'p-a': { name: stamp, phones: stamp } } } }).success).toBe(true);
    expect(syncStateSchema.safeParse({ stamps: { people: { 'p-a': { toString: stamp } } } }).success).toBe(false);
    expect(syncStateSchema.safeParse({ stamps: { people: { 'p-a': { title: stamp } } } }).success).toBe(false);
    expect(syncStateSchema.safeParse({ stamps: { meta: { plan: { title: stamp } } } }).success).toBe(true);
    expect(syncStateSchema.safeParse({ stamps: { people: { constructor: { name: stamp } } } }).success).toBe(false);
  });

  it('accepts conflicts only about fields a record of that collection has', () => {
    const conflict = { collection: 'people', recordId: 'p-a', field: 'emails', value: [{ address: 'a@b.example', kind: 'work' }], stamp };
    expect(conflictSchema.safeParse(conflict).success).toBe(true);
    expect(conflictSchema.safeParse({ ...conflict, field: 'toString' }).success).toBe(false);
    expect(conflictSchema.safeParse({ ...conflict, field: 'valueOf' }).success).toBe(false);
  });
});

describe('the plan schema refuses two records of one collection under one id', () => {
  const records: Record<CollectionName, Record<string, unknown>> = {
    people: { id: 'dubbel', name: 'Henk' },
    roles: { id: 'dubbel', name: 'Burgemeester' },
    callTree: { id: 'dubbel', personId: 'p-a' },
    organisations: { id: 'dubbel', name: 'Leverancier', kind: 'supplier' },
    applications: { id: 'dubbel', name: 'Zaaksysteem', hosting: 'saas' },
    locations: { id: 'dubbel', name: 'Stadhuis', kind: 'town-hall' },
    processes: { id: 'dubbel', name: 'Uitkeringen', criticality: 'high' },
    scenarios: { id: 'dubbel', name: 'Ransomware' },
    exercises: { id: 'dubbel', title: 'Oefening', date: '2026-01-01', kind: 'tabletop' },
    improvementActions: { id: 'dubbel', text: 'Nummers laten controleren' },
    approvals: {
      id: 'dubbel',
      body: 'college',
      date: '2026-01-01',
      revision: 3,
      contentHash: 'a'.repeat(64),
      revisionSignature: `${'A'.repeat(86)}==`,
      revisionSignerKeyid: 'b'.repeat(64),
      reviewDue: '2027-01-01',
      validUntil: '2028-01-01',
      sealKeyid: 'c'.repeat(64),
      sealSignature: `${'B'.repeat(86)}==`,
    },
  };

  it.each(collectionNames)('in %s, naming the id and the collection', (collection) => {
    const record = records[collection];
    const content = { meta: { organisationName: 'Gemeente', title: 'Plan', classification: 'intern' }, [collection]: [record, { ...record }] };
    const parsed = planContentSchema.safeParse(content);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.error.issues[0]?.path).toEqual([collection, 1, 'id']);
    const refusal = duplicateRecordIdError(parsed.error);
    expect(refusal?.code).toBe('RECORD_ID_DUPLICATE');
    expect(refusal?.params).toMatchObject({ collection, id: 'dubbel' });
    expect(planContentSchema.safeParse({ ...content, [collection]: [record, { ...record, id: 'anders' }] }).success).toBe(true);
  });
});
