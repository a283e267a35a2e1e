import { describe, expect, it } from 'vitest';
import { planContentSchema } from '../../../shared/plan/plan.js';
import { diffRevisions } from './revision-diff.js';

const content = planContentSchema.parse({
  meta: { organisationName: 'Gemeente Test', title: 'Draaiboek', classification: 'Intern' },
  people: [{ id: 'p-anna', name: 'Anna', jobTitle: 'Coördinator', phones: [{ number: '+31612345678', kind: 'mobile' }] }],
});

/** The same plan as read from a file whose keys were written in another order. */
function reordered<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reordered) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, reordered(item)])) as T;
}

describe('the difference between a past revision and the current plan', () => {
  it('sees no change where only the order of keys differs', () => {
    expect(diffRevisions(reordered(content), content)).toEqual({ collections: [], metaChanged: false });
  });

  it('counts a changed field, an added and a removed record', () => {
    const people = content.people.map((person) => ({ ...person, jobTitle: 'Burgemeester' }));
    const current = { ...content, people: [...people, { id: 'p-bert', name: 'Bert', emails: [], phones: [] }] };
    expect(diffRevisions(content, current).collections).toEqual([{ collection: 'people', added: 1, removed: 0, changed: 1 }]);
  });
});
