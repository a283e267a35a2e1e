import type { PlanContent } from '../plan/plan.js';
import { analyseImpact } from '../plan/impact/analyse-impact.js';
import type { CrisisEvent } from './crisis-envelope.js';
import type { PersonAvailability, RoleStaffing, CrisisState } from './crisis-state.js';

/*
 * Who is there: each person's availability from the log, and from it, per crisis role of the plan, who stands
 * in now and which roles nobody covers; the processes that lose their staff come from the plan's own impact
 * analysis, fed with the uncovered roles.
 */

interface AvailabilityMark {
  readonly unavailable: boolean;
  readonly from: string;
  readonly until?: string;
}

/** Unavailable at `now` when the latest mark says so and `now` lies within its period. */
function unavailableAt(mark: AvailabilityMark, now: string): boolean {
  if (!mark.unavailable) return false;
  // Moments compare as instants: "10:00:00Z" and "10:00:00.000Z" are one moment but not one string.
  const nowMs = Date.parse(now);
  return Date.parse(mark.from) <= nowMs && (mark.until === undefined || nowMs < Date.parse(mark.until));
}

/** The latest mark per person, in log order: an availability change, or a roll call that found them (un)available. */
export function availabilityOf(content: PlanContent, events: readonly CrisisEvent[], now: string): PersonAvailability[] {
  const names = new Map(content.people.map((person) => [person.id, person.name]));
  const latest = new Map<string, PersonAvailability>();
  for (const event of events) {
    const origin = { eventId: event.id, device: event.signed.device, hlc: event.signed.hlc };
    const { signed } = event;
    if (signed.kind === 'availability') {
      const data = signed.data;
      const personName = names.get(data.personId) ?? data.personId;
      if (data.state === 'unavailable') {
        const mark = { unavailable: true, from: data.from, ...(data.until === undefined ? {} : { until: data.until }) };
        latest.set(data.personId, {
          personId: data.personId,
          personName,
          availableNow: !unavailableAt(mark, now),
          state: 'unavailable',
          from: data.from,
          ...(data.until === undefined ? {} : { until: data.until }),
          reason: data.reason,
          ...(data.note === undefined ? {} : { note: data.note }),
          ...origin,
        });
      } else {
        latest.set(data.personId, { personId: data.personId, personName, availableNow: true, state: 'available', from: data.from, ...origin });
      }
    } else if (signed.kind === 'roll-call' && (signed.data.status === 'available' || signed.data.status === 'unavailable')) {
      const data = signed.data;
      const unavailable = data.status === 'unavailable';
      latest.set(data.personId, {
        personId: data.personId,
        personName: names.get(data.personId) ?? data.personId,
        availableNow: !unavailableAt({ unavailable, from: data.at }, now),
        state: unavailable ? 'unavailable' : 'available',
        from: data.at,
        ...origin,
      });
    }
  }
  return [...latest.values()].sort((a, b) => (a.personName < b.personName ? -1 : a.personName > b.personName ? 1 : a.personId < b.personId ? -1 : 1));
}

/** Per role of the plan: the first available of the primary and the deputies stands in; none: uncovered. */
export function staffingOf(content: PlanContent, availability: readonly PersonAvailability[]): RoleStaffing[] {
  const away = new Set(availability.filter((person) => !person.availableNow).map((person) => person.personId));
  const names = new Map(content.people.map((person) => [person.id, person.name]));
  return content.roles.map((role) => {
    const candidates = [...(role.primaryPersonId === undefined ? [] : [role.primaryPersonId]), ...role.deputyPersonIds];
    const standingIn = candidates.find((personId) => !away.has(personId));
    const standingInName = standingIn === undefined ? undefined : names.get(standingIn);
    return {
      roleId: role.id,
      roleName: role.name,
      ...(role.primaryPersonId === undefined ? {} : { primaryPersonId: role.primaryPersonId }),
      ...(standingIn === undefined ? {} : { standingInPersonId: standingIn }),
      ...(standingInName === undefined ? {} : { standingInName }),
      deputyStandsIn: standingIn !== undefined && standingIn !== role.primaryPersonId,
      uncovered: standingIn === undefined,
    };
  });
}

/** The processes that depend on a role nobody covers now, most urgent first (the plan's impact order). */
export function processesWithoutStaffOf(content: PlanContent, staffing: readonly RoleStaffing[]): CrisisState['processesWithoutStaff'] {
  const uncovered = staffing.filter((role) => role.uncovered).map((role) => role.roleId);
  if (uncovered.length === 0) return [];
  return analyseImpact(content, { roleIds: uncovered }).processes.map((process) => ({
    processId: process.id,
    name: process.name,
    criticality: process.criticality,
    roleIds: process.reasons.filter((reason) => reason.kind === 'role').map((reason) => reason.id),
    ...(process.dueInMinutes === undefined ? {} : { dueInMinutes: process.dueInMinutes }),
  }));
}
