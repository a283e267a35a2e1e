import type { PlanContent } from '../plan/plan.js';
import { compareCrisisEvents, type CrisisEvent } from './crisis-envelope.js';
import { checklistOf } from './crisis-checklist.js';
import { availabilityOf, processesWithoutStaffOf, staffingOf } from './crisis-staffing.js';
import type { ActivationView, CrisisState, DecisionView, FollowUpView, LogEntryView, TimelineEntry } from './crisis-state.js';

/*
 * The state of a crisis is a pure fold over its verified events in (clock stamp, device, id) order: whatever
 * order the events arrived in, on whichever laptop, the same set gives the same state. The plan supplies the
 * scenarios' steps, the roles and the people; `now` is the only other input (what is overdue, who is away).
 */

function atOf(event: CrisisEvent): string | undefined {
  const data: unknown = event.signed.data;
  if (data !== null && typeof data === 'object' && 'at' in data && typeof data.at === 'string') return data.at;
  if (event.signed.kind === 'availability') return event.signed.data.from;
  return undefined;
}

export function foldCrisis(content: PlanContent, crisisId: string, events: readonly CrisisEvent[], nowMoment: string): CrisisState {
  // One spelling of the moment, so it compares with the due moments (also toISOString) as text.
  const now = new Date(Date.parse(nowMoment)).toISOString();
  // Sorting a copy and dropping repeated ids makes the fold independent of arrival order and of duplicates.
  const ordered: CrisisEvent[] = [];
  const seenIds = new Set<string>();
  for (const event of [...events].sort(compareCrisisEvents)) {
    if (seenIds.has(event.id) || event.signed.crisisId !== crisisId) continue;
    seenIds.add(event.id);
    ordered.push(event);
  }

  const scenarioNames = new Map(content.scenarios.map((scenario) => [scenario.id, scenario.name]));
  const activations: ActivationView[] = [];
  const timeline: TimelineEntry[] = [];
  const logEntries: LogEntryView[] = [];
  const decisions: DecisionView[] = [];
  const bobMeetings: CrisisState['bobMeetings'] = [];
  const rollCalls = new Map<string, CrisisState['rollCall'][number]>();
  const handovers: CrisisState['handovers'] = [];
  const evaluations: CrisisState['evaluations'] = [];
  let closed: CrisisState['closed'];
  const devices = new Set<string>();
  const roleNames = new Map(content.roles.map((role) => [role.id, role.name]));
  const personNames = new Map(content.people.map((person) => [person.id, person.name]));

  for (const event of ordered) {
    const origin = { eventId: event.id, device: event.signed.device, hlc: event.signed.hlc };
    const at = atOf(event);
    timeline.push({ ...origin, kind: event.signed.kind, ...(at === undefined ? {} : { at }) });
    devices.add(event.signed.device);
    const { signed } = event;
    switch (signed.kind) {
      case 'activated':
        activations.push({ ...signed.data, ...origin, scenarioNames: signed.data.scenarioIds.map((id) => scenarioNames.get(id) ?? id) });
        break;
      case 'log-entry':
        logEntries.push({ ...signed.data, ...origin, correctedBy: [] });
        break;
      case 'decision':
        decisions.push({ ...signed.data, ...origin, correctedBy: [] });
        break;
      case 'bob-meeting':
        bobMeetings.push({ ...signed.data, ...origin });
        break;
      case 'roll-call': {
        const { roleId, personId } = signed.data;
        rollCalls.set(`${roleId} ${personId}`, {
          ...signed.data,
          roleName: roleNames.get(roleId) ?? roleId,
          personName: personNames.get(personId) ?? personId,
          ...origin,
        });
        break;
      }
      case 'handover':
        handovers.push({ ...signed.data, ...origin });
        break;
      case 'closed':
        closed ??= { ...signed.data, ...origin };
        break;
      case 'evaluation':
        evaluations.push({ ...signed.data, ...origin });
        break;
      case 'step-ticked':
      case 'availability':
        // Folded below, where their order among themselves is all that counts.
        break;
    }
  }

  // A correction points at an earlier entry of its own kind; one pointing elsewhere corrects nothing.
  const logById = new Map(logEntries.map((entry) => [entry.eventId, entry]));
  for (const entry of logEntries) if (entry.corrects !== undefined) logById.get(entry.corrects)?.correctedBy.push(entry.eventId);
  const decisionById = new Map(decisions.map((decision) => [decision.eventId, decision]));
  for (const decision of decisions) {
    if (decision.corrects !== undefined) decisionById.get(decision.corrects)?.correctedBy.push(decision.eventId);
  }

  const followUps: FollowUpView[] = decisions
    .filter((decision) => decision.correctedBy.length === 0)
    .flatMap((decision) =>
      decision.followUps.map((followUp, index) => ({
        decisionId: decision.eventId,
        index,
        text: followUp.text,
        ...(followUp.ownerRoleId === undefined ? {} : { ownerRoleId: followUp.ownerRoleId }),
        ...(followUp.ownerName === undefined ? {} : { ownerName: followUp.ownerName }),
        ...(followUp.due === undefined ? {} : { due: followUp.due }),
        overdue: followUp.due !== undefined && Date.parse(followUp.due) < Date.parse(now),
      })),
    );

  const availability = availabilityOf(content, ordered, now);
  const staffing = staffingOf(content, availability);
  const activation = activations[0];
  return {
    crisisId,
    now,
    ...(activation === undefined ? {} : { activation }),
    activations,
    exercise: activation?.exercise ?? false,
    checklist: checklistOf(content, activations, ordered, now),
    timeline,
    logEntries,
    decisions,
    followUps,
    bobMeetings,
    availability,
    rollCall: [...rollCalls.values()],
    staffing,
    processesWithoutStaff: processesWithoutStaffOf(content, staffing),
    handovers,
    ...(closed === undefined ? {} : { closed }),
    evaluations,
    devices: [...devices].sort(),
    eventCount: ordered.length,
  };
}
