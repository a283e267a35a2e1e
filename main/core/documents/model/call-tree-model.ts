import type { CallTreeEntry } from '../../../../shared/plan/entities.js';
import type { PlanContent } from '../../../../shared/plan/plan.js';

export interface CallTreeNode {
  readonly entry: CallTreeEntry;
  readonly children: readonly CallTreeNode[];
  /** True for entries no root reaches (a loop in the tree): printed apart so nobody is silently left out. */
  readonly unreached: boolean;
}

/**
 * The call tree as nested nodes, each caller's people in their calling order. Roots are the entries without a
 * caller (or whose caller is not in the tree). People caught in a loop are appended as unreached roots.
 */
export function buildCallTree(content: PlanContent): CallTreeNode[] {
  const entries = [...content.callTree].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const inTree = new Set(entries.map((entry) => entry.personId));
  const childrenOf = new Map<string, CallTreeEntry[]>();
  for (const entry of entries) {
    if (entry.callerPersonId === undefined || !inTree.has(entry.callerPersonId)) continue;
    childrenOf.set(entry.callerPersonId, [...(childrenOf.get(entry.callerPersonId) ?? []), entry]);
  }
  const placed = new Set<string>();
  const grow = (entry: CallTreeEntry, unreached: boolean): CallTreeNode => {
    placed.add(entry.id);
    const children = (childrenOf.get(entry.personId) ?? [])
      .filter((child) => !placed.has(child.id))
      .map((child) => grow(child, unreached));
    return { entry, children, unreached };
  };
  const roots = entries
    .filter((entry) => entry.callerPersonId === undefined || !inTree.has(entry.callerPersonId))
    .map((entry) => grow(entry, false));
  for (const entry of entries) {
    if (!placed.has(entry.id)) roots.push(grow(entry, true));
  }
  return roots;
}

/** Every node of the tree, depth first, with its depth. */
export function flattenCallTree(nodes: readonly CallTreeNode[], depth = 0): { node: CallTreeNode; depth: number }[] {
  return nodes.flatMap((node) => [{ node, depth }, ...flattenCallTree(node.children, depth + 1)]);
}
