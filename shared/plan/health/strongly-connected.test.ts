import { describe, expect, it } from 'vitest';
import { stronglyConnectedComponents } from './strongly-connected.js';
import { at } from './test-support/test-plan.js';

function normalise(components: string[][]): string[][] {
  return components.map((component) => [...component].sort()).sort((a, b) => (at(a, 0) < at(b, 0) ? -1 : 1));
}

describe('stronglyConnectedComponents', () => {
  it('separates a ring from the chain that leads into it', () => {
    const edges = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['d']],
      ['d', ['b']],
    ]);
    expect(normalise(stronglyConnectedComponents(['a', 'b', 'c', 'd'], edges))).toEqual([['a'], ['b', 'c', 'd']]);
  });

  it('handles a chain of many thousands without running out of stack', () => {
    const nodes = Array.from({ length: 50_000 }, (_, index) => `n${index}`);
    const edges = new Map(nodes.slice(0, -1).map((node, index) => [node, [at(nodes, index + 1)]]));
    edges.set(at(nodes, nodes.length - 1), [at(nodes, 0)]);
    const components = stronglyConnectedComponents(nodes, edges);
    expect(components).toHaveLength(1);
    expect(components[0]).toHaveLength(50_000);
  });
});
