import type { CallTreeEntry } from '../../../shared/plan/entities.js';

export interface CallTreeNode {
  readonly entry: CallTreeEntry;
  readonly children: readonly CallTreeNode[];
}

export interface CallTreeModel {
  readonly roots: readonly CallTreeNode[];
  /** Entries no root reaches: their callers call each other in a circle, so no one starts calling them. */
  readonly unreached: readonly CallTreeEntry[];
}

/** The call tree as a tree: who starts, whom each person calls, in order. */
export function buildCallTree(entries: readonly CallTreeEntry[]): CallTreeModel {
  const inTree = new Set(entries.map((entry) => entry.personId));
  const byCaller = new Map<string, CallTreeEntry[]>();
  const roots: CallTreeEntry[] = [];
  for (const entry of entries) {
    if (entry.callerPersonId === undefined || !inTree.has(entry.callerPersonId)) {
      roots.push(entry);
      continue;
    }
    const list = byCaller.get(entry.callerPersonId) ?? [];
    list.push(entry);
    byCaller.set(entry.callerPersonId, list);
  }
  const reached = new Set<string>();
  const nodeOf = (entry: CallTreeEntry, path: ReadonlySet<string>): CallTreeNode => {
    reached.add(entry.id);
    const next = new Set(path).add(entry.personId);
    const children = (byCaller.get(entry.personId) ?? [])
      .filter((child) => !next.has(child.personId) && !reached.has(child.id))
      .sort((a, b) => a.order - b.order)
      .map((child) => nodeOf(child, next));
    return { entry, children };
  };
  const rootNodes = roots.sort((a, b) => a.order - b.order).map((root) => nodeOf(root, new Set()));
  return { roots: rootNodes, unreached: entries.filter((entry) => !reached.has(entry.id)) };
}
