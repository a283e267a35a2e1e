import { describe, expect, it } from 'vitest';
import { buildCallTree } from './call-tree-model.js';

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
    expect(model.unreached.map((unreached) => unreached.personId).sort()).toEqual(['x', 'y']);
  });
});
