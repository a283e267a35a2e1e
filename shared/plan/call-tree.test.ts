import { describe, expect, it } from 'vitest';
import { buildCallTree, flattenCallTree } from './call-tree.js';

const entry = (id: string, personId: string, callerPersonId?: string, order = 0) => ({ id, personId, order, ...(callerPersonId === undefined ? {} : { callerPersonId }) });

describe('the call tree as a tree', () => {
  it('nests each person under their caller, in order', () => {
    const model = buildCallTree([entry('e1', 'a'), entry('e3', 'c', 'a', 2), entry('e2', 'b', 'a', 1), entry('e4', 'd', 'b')]);
    expect(model.roots.map((node) => node.entry.personId)).toEqual(['a']);
    expect(model.roots[0]?.children.map((node) => node.entry.personId)).toEqual(['b', 'c']);
    expect(model.roots[0]?.children[0]?.children.map((node) => node.entry.personId)).toEqual(['d']);
    expect(model.unreached).toEqual([]);
  });

  it('flags people who call each other in a circle: no one reaches them', () => {
    const model = buildCallTree([entry('e1', 'a'), entry('e2', 'x', 'y'), entry('e3', 'y', 'x')]);
    expect(flattenCallTree(model.unreached).map(({ node }) => node.entry.personId).sort()).toEqual(['x', 'y']);
    expect(flattenCallTree(model.unreached).every(({ node }) => node.unreached)).toBe(true);
  });

  it('breaks ties in calling order by id, whatever the order of the records', () => {
    const entries = [entry('e1', 'a'), entry('e9', 'z', 'a', 1), entry('e3', 'c', 'a', 1), entry('e2', 'b', 'a', 0)];
    for (const list of [entries, [...entries].reverse()]) {
      expect(buildCallTree(list).roots[0]?.children.map((node) => node.entry.id)).toEqual(['e2', 'e3', 'e9']);
    }
  });
});
