import type { PlanContent } from '../plan.js';
import { recordNames } from '../record-names.js';
import { healthGap, type HealthGap } from './health-codes.js';
import { stronglyConnectedComponents } from './strongly-connected.js';

function byPlainOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * People who call each other in a ring are never reached from the person who starts the alert. Only the
 * primary caller counts: a backup caller is a fallback, and two people backing each other up is no ring.
 */
export function checkCallTreeCycles(content: PlanContent): HealthGap[] {
  const successors = new Map<string, string[]>();
  const nodes = new Set<string>();
  for (const entry of content.callTree) {
    nodes.add(entry.personId);
    if (entry.callerPersonId === undefined) continue;
    nodes.add(entry.callerPersonId);
    const called = successors.get(entry.callerPersonId) ?? [];
    called.push(entry.personId);
    successors.set(entry.callerPersonId, called);
  }
  const components = stronglyConnectedComponents([...nodes], successors);
  const componentOf = new Map<string, number>();
  components.forEach((component, index) => component.forEach((personId) => componentOf.set(personId, index)));
  // A ring is a caller and callee in one component; a component of one person is a ring only when that person
  // calls themselves, which the same test catches.
  const firstEntryOfRing = new Map<number, string>();
  for (const entry of content.callTree) {
    if (entry.callerPersonId === undefined) continue;
    const component = componentOf.get(entry.personId);
    if (component === undefined || component !== componentOf.get(entry.callerPersonId)) continue;
    const current = firstEntryOfRing.get(component);
    if (current === undefined || entry.id < current) firstEntryOfRing.set(component, entry.id);
  }
  const personNames = recordNames(content, 'people');
  const gaps: HealthGap[] = [];
  for (const [component, entryId] of firstEntryOfRing) {
    const people = [...(components[component] ?? [])]
      .sort(byPlainOrder)
      .map((personId) => personNames.get(personId) ?? personId)
      .join(', ');
    gaps.push(healthGap('callTreeCycle', 'callTree', entryId, { people }));
  }
  return gaps;
}

/** Someone in a crisis role whom nobody calls learns of the crisis last, or not at all. */
export function checkRolePersonNotInCallTree(content: PlanContent): HealthGap[] {
  const inCallTree = new Set(content.callTree.map((entry) => entry.personId));
  const rolesOfPerson = new Map<string, string[]>();
  for (const role of content.roles) {
    const primary = role.primaryPersonId === undefined ? [] : [role.primaryPersonId];
    const holders = new Set([...primary, ...role.deputyPersonIds]);
    for (const personId of holders) {
      rolesOfPerson.set(personId, [...(rolesOfPerson.get(personId) ?? []), role.name]);
    }
  }
  const gaps: HealthGap[] = [];
  for (const person of content.people) {
    const roles = rolesOfPerson.get(person.id);
    if (roles === undefined || inCallTree.has(person.id)) continue;
    gaps.push(
      healthGap('rolePersonNotInCallTree', 'people', person.id, { person: person.name, role: roles.join(', ') }),
    );
  }
  return gaps;
}
