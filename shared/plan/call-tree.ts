import type { CallTreeEntry } from './entities.js';

export interface CallTreeNode {
  readonly entry: CallTreeEntry;
  readonly children: readonly CallTreeNode[];
  /** True for entries no root reaches (their callers call each other in a circle): shown apart, never left out. */
  readonly unreached: boolean;
}

export interface CallTreeModel {
  /** The entries without a caller (or whose caller is not in the tree), each with whom they call. */
  readonly roots: readonly CallTreeNode[];
  /** The entries no root reaches, grown from the first of each circle. */
  readonly unreached: readonly CallTreeNode[];
}

/** Calling order first; equal orders by id, so every laptop and every printout draws the same tree. */
function callingOrder(a: CallTreeEntry, b: CallTreeEntry): number {
  if (a.order !== b.order) return a.order - b.order;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The call tree as a tree: who starts, whom each person calls, in calling order. */
export function buildCallTree(callTree: readonly CallTreeEntry[]): CallTreeModel {
  const entries = [...callTree].sort(callingOrder);
  const inTree = new Set(entries.map((entry) => entry.personId));
  const isRoot = (entry: CallTreeEntry) => entry.callerPersonId === undefined || !inTree.has(entry.callerPersonId);
  const childrenOf = new Map<string, CallTreeEntry[]>();
  for (const entry of entries) {
    if (isRoot(entry) || entry.callerPersonId === undefined) continue;
    const list = childrenOf.get(entry.callerPersonId) ?? [];
    list.push(entry);
    childrenOf.set(entry.callerPersonId, list);
  }
  const placed = new Set<string>();
  // `path` holds the people above this node: a person never appears below themselves.
  const grow = (entry: CallTreeEntry, unreached: boolean, path: ReadonlySet<string>): CallTreeNode => {
    placed.add(entry.id);
    const below = new Set(path).add(entry.personId);
    const children: CallTreeNode[] = [];
    for (const child of childrenOf.get(entry.personId) ?? []) {
      if (!placed.has(child.id) && !below.has(child.personId)) children.push(grow(child, unreached, below));
    }
    return { entry, children, unreached };
  };
  const roots = entries.filter(isRoot).map((entry) => grow(entry, false, new Set()));
  const unreached: CallTreeNode[] = [];
  for (const entry of entries) {
    if (!placed.has(entry.id)) unreached.push(grow(entry, true, new Set()));
  }
  return { roots, unreached };
}

/** Every node of the given trees, depth first, with its depth. */
export function flattenCallTree(nodes: readonly CallTreeNode[], depth = 0): { node: CallTreeNode; depth: number }[] {
  return nodes.flatMap((node) => [{ node, depth }, ...flattenCallTree(node.children, depth + 1)]);
}
