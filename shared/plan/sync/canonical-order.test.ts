import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../plan.js';
import { normalizeDocument } from './canonical-order.js';
import { stampNewDocument } from './changes.js';
import { BASE_NODE, ManualTime, clockAt, smallPlan } from './test-support/sync-test-kit.js';

describe('normalizeDocument', () => {
  it('sorts records by id and conflicts by key, drops empty maps, and leaves the input alone', () => {
    const base = stampNewDocument(smallPlan(), clockAt(BASE_NODE, new ManualTime()));
    const stamp = base.sync.versionVector[BASE_NODE] ?? '';
    const messy: PlanDocument = {
      content: { ...base.content, people: [...base.content.people].reverse() },
      sync: {
        ...base.sync,
        stamps: { ...base.sync.stamps, locations: {} },
        tombstones: { roles: {} },
        conflicts: [
          { collection: 'people', recordId: 'p-bram', field: 'name', stamp },
          { collection: 'meta', recordId: 'plan', field: 'title', stamp },
        ],
      },
    };
    const before = JSON.stringify(messy);
    const normal = normalizeDocument(messy);
    expect(normal.content.people.map((person) => person.id)).toEqual(['p-anna', 'p-bram']);
    expect(normal.sync.conflicts.map((conflict) => conflict.collection)).toEqual(['meta', 'people']);
    expect(normal.sync.stamps).not.toHaveProperty('locations');
    expect(normal.sync.tombstones).toEqual({});
    expect(JSON.stringify(messy)).toBe(before);
    expect(normalizeDocument(normal)).toEqual(normal);
  });
});
