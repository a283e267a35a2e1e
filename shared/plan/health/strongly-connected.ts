/**
 * The strongly connected components of a directed graph (Tarjan), iterative so that a call tree of thousands
 * of people in one long chain cannot overflow the stack. Components come out in a deterministic order for a
 * given node order and edge order.
 */
export function stronglyConnectedComponents(
  nodes: readonly string[],
  successorsOf: ReadonlyMap<string, readonly string[]>,
): string[][] {
  const order = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  const orderOf = (node: string): number => order.get(node) ?? 0;
  const lowOf = (node: string): number => lowLink.get(node) ?? 0;

  const visit = (node: string): void => {
    order.set(node, order.size);
    lowLink.set(node, orderOf(node));
    stack.push(node);
    onStack.add(node);
  };

  for (const start of nodes) {
    if (order.has(start)) continue;
    visit(start);
    const frames: { node: string; nextSuccessor: number }[] = [{ node: start, nextSuccessor: 0 }];
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      if (frame === undefined) break;
      const successors = successorsOf.get(frame.node) ?? [];
      const successor = successors[frame.nextSuccessor];
      if (successor !== undefined) {
        frame.nextSuccessor += 1;
        if (!order.has(successor)) {
          visit(successor);
          frames.push({ node: successor, nextSuccessor: 0 });
        } else if (onStack.has(successor)) {
          lowLink.set(frame.node, Math.min(lowOf(frame.node), orderOf(successor)));
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent !== undefined) lowLink.set(parent.node, Math.min(lowOf(parent.node), lowOf(frame.node)));
      if (lowOf(frame.node) !== orderOf(frame.node)) continue;
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      components.push(component);
    }
  }
  return components;
}
