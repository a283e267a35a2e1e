import { describe, expect, it } from 'vitest';
import { DraaiboekError } from '../../errors.js';
import { planDocumentSchema, type PlanDocument } from '../plan.js';
import { applyChanges, changeListPerCallSchema, changeListSchema, changeSchema, stampNewDocument, type Change } from './changes.js';
import { BASE_NODE, ManualTime, NODE_A, clockAt, smallPlan } from './test-support/sync-test-kit.js';

function setup(): { base: PlanDocument; time: ManualTime } {
  const time = new ManualTime();
  const base = stampNewDocument(smallPlan(), clockAt(BASE_NODE, time));
  time.advance(1_000);
  return { base, time };
}

function failure(run: () => unknown): DraaiboekError {
  try {
    run();
  } catch (error) {
    if (error instanceof DraaiboekError) return error;
    throw error;
  }
  throw new Error('expected a DraaiboekError');
}

/** The error code a single change meets, applied by device A. */
function codeOf(doc: PlanDocument, change: Change, time: ManualTime): string {
  return failure(() => applyChanges(doc, [change], clockAt(NODE_A, time))).code;
}

const annaStamps = (doc: PlanDocument): Record<string, string> => doc.sync.stamps.people?.['p-anna'] ?? {};

describe('stampNewDocument', () => {
  it('stamps every field of every record and of meta with one stamp, and notes it in the version vector', () => {
    const { base } = setup();
    const stamp = base.sync.versionVector[BASE_NODE];
    expect(stamp).toBeDefined();
    expect(annaStamps(base)).toEqual({ name: stamp, jobTitle: stamp, emails: stamp, phones: stamp });
    expect(base.sync.stamps.meta?.['plan']?.['title']).toBe(stamp);
    expect(base.sync.stamps.roles?.['rol-burgemeester']?.['mayActivate']).toBe(stamp);
    expect(planDocumentSchema.safeParse(base).success).toBe(true);
  });

  it('refuses content that breaks the schema, with the path of the problem', () => {
    const content = smallPlan();
    const error = failure(() =>
      stampNewDocument({ ...content, people: [{ id: 'p-x', name: 'X', phones: [{ number: '0612', kind: 'mobile' }] }] }, clockAt(BASE_NODE, new ManualTime())),
    );
    expect(error.code).toBe('SCHEMA_INVALID');
    expect(error.params['path']).toBe('people.0.phones.0.number');
  });

  it('refuses two records with one id', () => {
    const content = smallPlan();
    const error = failure(() =>
      stampNewDocument({ ...content, roles: [{ id: 'r', name: 'A' }, { id: 'r', name: 'B' }] }, clockAt(BASE_NODE, new ManualTime())),
    );
    expect(error.code).toBe('RECORD_ID_DUPLICATE');
    expect(error.params).toMatchObject({ collection: 'roles', id: 'r' });
  });
});

describe('applyChanges', () => {
  it('creates a record, stamping all its fields, and generates an id when none is given', () => {
    const { base, time } = setup();
    const next = applyChanges(
      base,
      [{ op: 'create', collection: 'locations', record: { name: 'Stadskantoor', kind: 'office' } }],
      clockAt(NODE_A, time),
    );
    const created = next.content.locations[0];
    expect(created?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
    const stamp = next.sync.versionVector[NODE_A];
    expect(next.sync.stamps.locations?.[created?.id ?? '']).toEqual({
      name: stamp,
      kind: stamp,
      facilities: stamp,
    });
    expect(planDocumentSchema.safeParse(next).success).toBe(true);
  });

  it('never changes the document it was given', () => {
    const { base, time } = setup();
    const before = JSON.stringify(base);
    applyChanges(
      base,
      [
        { op: 'update', collection: 'people', id: 'p-anna', set: { name: 'Anna Bakker' } },
        { op: 'delete', collection: 'people', id: 'p-bram' },
        { op: 'create', collection: 'people', record: { id: 'p-cees', name: 'Cees' } },
        { op: 'updateMeta', set: { versionLabel: '2.0' } },
      ],
      clockAt(NODE_A, time),
    );
    expect(JSON.stringify(base)).toBe(before);
  });

  it('stamps only the fields whose value really changes', () => {
    const { base, time } = setup();
    const next = applyChanges(
      base,
      [
        {
          op: 'update',
          collection: 'people',
          id: 'p-anna',
          // The same phone list, written with its keys in another order, is no change.
          set: { name: 'Anna Bakker', phones: [{ kind: 'mobile', private: false, number: '+31612345678' }] },
        },
      ],
      clockAt(NODE_A, time),
    );
    const stamps = annaStamps(next);
    expect(stamps['name']?.endsWith(NODE_A)).toBe(true);
    expect(stamps['phones']).toBe(annaStamps(base)['phones']);
    expect(stamps['jobTitle']).toBe(annaStamps(base)['jobTitle']);
  });

  it('leaves a stamp on a cleared field, so the clearing can win a merge', () => {
    const { base, time } = setup();
    const next = applyChanges(
      base,
      [{ op: 'update', collection: 'people', id: 'p-anna', set: {}, unset: ['jobTitle'] }],
      clockAt(NODE_A, time),
    );
    expect(next.content.people.find((person) => person.id === 'p-anna')).not.toHaveProperty('jobTitle');
    expect(annaStamps(next)['jobTitle']?.endsWith(NODE_A)).toBe(true);
  });

  it('edits the plan meta like a record', () => {
    const { base, time } = setup();
    const next = applyChanges(base, [{ op: 'updateMeta', set: { versionLabel: '2.0' } }], clockAt(NODE_A, time));
    expect(next.content.meta.versionLabel).toBe('2.0');
    expect(next.sync.stamps.meta?.['plan']?.['versionLabel']?.endsWith(NODE_A)).toBe(true);
    expect(codeOf(base, { op: 'updateMeta', set: {}, unset: ['title'] }, time)).toBe('SCHEMA_INVALID');
  });

  it('deletes a record: gone from content and stamps, tombstoned, its conflicts dropped', () => {
    const { base, time } = setup();
    const withConflict: PlanDocument = {
      ...base,
      sync: {
        ...base.sync,
        conflicts: [{ collection: 'people', recordId: 'p-bram', field: 'name', stamp: base.sync.versionVector[BASE_NODE] ?? '', value: 'B' }],
      },
    };
    const next = applyChanges(withConflict, [{ op: 'delete', collection: 'people', id: 'p-bram' }], clockAt(NODE_A, time));
    expect(next.content.people.map((person) => person.id)).toEqual(['p-anna']);
    expect(next.sync.stamps.people?.['p-bram']).toBeUndefined();
    expect(next.sync.tombstones.people?.['p-bram']).toBe(next.sync.versionVector[NODE_A]);
    expect(next.sync.conflicts).toEqual([]);
  });

  it('refuses unknown, existing and deleted ids with their own codes', () => {
    const { base, time } = setup();
    const missing = { op: 'update', collection: 'people', id: 'p-nobody', set: { name: 'X' } } as const;
    expect(codeOf(base, missing, time)).toBe('RECORD_NOT_FOUND');
    expect(codeOf(base, { op: 'delete', collection: 'roles', id: 'p-anna' }, time)).toBe('RECORD_NOT_FOUND');
    const twin = { op: 'create', collection: 'people', record: { id: 'p-anna', name: 'X' } } as const;
    expect(codeOf(base, twin, time)).toBe('RECORD_EXISTS');
    const deleted = applyChanges(base, [{ op: 'delete', collection: 'people', id: 'p-bram' }], clockAt(NODE_A, time));
    const reborn = { op: 'create', collection: 'people', record: { id: 'p-bram', name: 'Bram' } } as const;
    expect(codeOf(deleted, reborn, time)).toBe('RECORD_DELETED');
    const late = { op: 'update', collection: 'people', id: 'p-bram', set: { name: 'B' } } as const;
    expect(codeOf(deleted, late, time)).toBe('RECORD_DELETED');
  });

  it('refuses a value the schema refuses, with the path, and an attempt to change an id', () => {
    const { base, time } = setup();
    const bad = failure(() =>
      applyChanges(
        base,
        [{ op: 'update', collection: 'people', id: 'p-anna', set: { phones: [{ number: 'call me', kind: 'mobile' }] } }],
        clockAt(NODE_A, time),
      ),
    );
    expect(bad.code).toBe('SCHEMA_INVALID');
    expect(bad.params['path']).toBe('phones.0.number');
    const edit = (set: Record<string, unknown>): Change => ({ op: 'update', collection: 'people', id: 'p-anna', set });
    expect(codeOf(base, edit({ id: 'p-other' }), time)).toBe('SCHEMA_INVALID');
    expect(codeOf(base, edit({ shoeSize: 44 }), time)).toBe('SCHEMA_INVALID');
    const sneaky = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    expect(codeOf(base, edit(sneaky), time)).toBe('SCHEMA_INVALID');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('applies all changes of a call or none: a failing last change leaves no trace', () => {
    const { base, time } = setup();
    const changes: Change[] = [
      { op: 'update', collection: 'people', id: 'p-anna', set: { name: 'Anna Bakker' } },
      { op: 'delete', collection: 'people', id: 'p-bram' },
      { op: 'update', collection: 'people', id: 'p-bram', set: { name: 'Bram' } },
    ];
    const error = failure(() => applyChanges(base, changes, clockAt(NODE_A, time)));
    expect(error.code).toBe('RECORD_DELETED');
    expect(error.params['changeIndex']).toBe(2);
  });

  it('stamps an edit after every stamp in the plan, even one from a clock running ahead', () => {
    const { base, time } = setup();
    const ahead = applyChanges(base, [{ op: 'update', collection: 'people', id: 'p-anna', set: { name: 'Vooruit' } }], clockAt(BASE_NODE, time, 3_600_000));
    const next = applyChanges(ahead, [{ op: 'update', collection: 'people', id: 'p-anna', set: { name: 'Anna' } }], clockAt(NODE_A, time));
    expect((annaStamps(next)['name'] ?? '') > (annaStamps(ahead)['name'] ?? '')).toBe(true);
  });
});

describe('change schema', () => {
  it('accepts the four kinds of change and refuses unknown ones', () => {
    const changes = [
      { op: 'create', collection: 'people', record: { name: 'Anna' } },
      { op: 'update', collection: 'people', id: 'p-anna', set: { name: 'A' }, unset: ['jobTitle'] },
      { op: 'delete', collection: 'roles', id: 'rol-x' },
      { op: 'updateMeta', set: { title: 'Plan' } },
    ];
    expect(changeListSchema.safeParse(changes).success).toBe(true);
    expect(changeSchema.safeParse({ op: 'rename', collection: 'people', id: 'x' }).success).toBe(false);
    expect(changeSchema.safeParse({ op: 'delete', collection: 'users', id: 'x' }).success).toBe(false);
    const sneaky = changeSchema.parse({ op: 'update', collection: 'people', id: 'x', set: JSON.parse('{"__proto__": {"a": 1}}') });
    expect(sneaky.op === 'update' && Object.keys(sneaky.set)).toEqual([]);
    expect(({} as Record<string, unknown>)['a']).toBeUndefined();
  });

  it('takes at most 10,000 changes in one call from the page, and any number elsewhere', () => {
    const change = { op: 'delete', collection: 'people', id: 'p-x' };
    expect(changeListPerCallSchema.safeParse(Array.from({ length: 10_000 }, () => change)).success).toBe(true);
    expect(changeListPerCallSchema.safeParse(Array.from({ length: 10_001 }, () => change)).success).toBe(false);
    expect(changeListSchema.safeParse(Array.from({ length: 10_001 }, () => change)).success).toBe(true);
  });
});
