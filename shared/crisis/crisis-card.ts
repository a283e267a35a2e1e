import type { CrisisRole, Location, Phone } from '../plan/entities.js';
import { phonesShownOnScreen } from '../plan/phone-display.js';
import { analyseImpact } from '../plan/impact/analyse-impact.js';
import type { ImpactedProcess } from '../plan/impact/impact-types.js';
import type { PlanContent } from '../plan/plan.js';
import type { ChecklistItem, CrisisState, PersonAvailability } from './crisis-state.js';

/*
 * What the crisis card shows, derived from the plan and the folded crisis state: the one source for the card
 * on screen and the card on paper, so both say the same thing.
 */

const MS_PER_MINUTE = 60_000;
/** Day 1, week 1 and week 4 of a crisis: the horizons the impact is read for. */
export const impactHorizonsInMinutes = { day1: 24 * 60, week1: 7 * 24 * 60, week4: 28 * 24 * 60 } as const;
export type ImpactHorizon = keyof typeof impactHorizonsInMinutes;

export interface CardPerson {
  readonly personId: string;
  readonly name: string;
  readonly deputy: boolean;
  readonly phones: readonly Phone[];
  readonly availableNow: boolean;
  /** Unavailable: since when, until when (absent: until further notice), why. */
  readonly unavailable?: Pick<PersonAvailability, 'from' | 'until' | 'reason'>;
  /** The person who holds the role now: the first available of the primary and the deputies. */
  readonly standsIn: boolean;
}

export interface CardRole {
  readonly roleId: string;
  readonly name: string;
  readonly people: readonly CardPerson[];
  /** Nobody available holds it. */
  readonly uncovered: boolean;
}

export interface ProcessDeadline {
  readonly processId: string;
  readonly name: string;
  readonly criticality: ImpactedProcess['criticality'];
  /** Activation plus the process's shortest term (MTPD or legal deadline). */
  readonly dueAt: string;
  readonly dueInMinutes: number;
}

export interface CrisisCard {
  readonly exercise: boolean;
  readonly scenarioNames: readonly string[];
  readonly other?: string;
  readonly activatedAt?: string;
  readonly activatedBy?: string;
  /** Who may activate and lead: the roles the activated scenarios name, in the plan's order of scenarios. */
  readonly leads: readonly CardRole[];
  /** Whom to call first: the leading roles, then the roles that own the scenarios' steps. */
  readonly callFirst: readonly CardRole[];
  readonly strategies: readonly { readonly scenarioName: string; readonly strategy: string }[];
  readonly fallbackSites: readonly Pick<Location, 'id' | 'name' | 'address' | 'access'>[];
  readonly openFirstHour: readonly ChecklistItem[];
  /** The processes hit (by the scenarios and by the roles nobody covers now), first due first. */
  readonly deadlines: readonly ProcessDeadline[];
  readonly closed: boolean;
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

function roleOf(content: PlanContent, role: CrisisRole, state: CrisisState): CardRole {
  const people = new Map(content.people.map((person) => [person.id, person]));
  const availability = new Map(state.availability.map((entry) => [entry.personId, entry]));
  const staffing = state.staffing.find((entry) => entry.roleId === role.id);
  const ids = [...(role.primaryPersonId === undefined ? [] : [{ id: role.primaryPersonId, deputy: false }]), ...role.deputyPersonIds.map((id) => ({ id, deputy: true }))];
  return {
    roleId: role.id,
    name: role.name,
    uncovered: staffing?.uncovered ?? ids.length === 0,
    people: ids.map(({ id, deputy }) => {
      const person = people.get(id);
      const mark = availability.get(id);
      const availableNow = mark?.availableNow ?? true;
      return {
        personId: id,
        name: person?.name ?? id,
        deputy,
        // What the crisis team's paper shows: a private number only with recorded consent.
        phones: phonesShownOnScreen(person?.phones ?? []),
        availableNow,
        ...(availableNow || mark === undefined
          ? {}
          : { unavailable: { from: mark.from, ...(mark.until === undefined ? {} : { until: mark.until }), ...(mark.reason === undefined ? {} : { reason: mark.reason }) } }),
        standsIn: staffing?.standingInPersonId === id,
      };
    }),
  };
}

/** Every activated scenario's id, in activation order, each once. */
export function activatedScenarioIds(state: CrisisState): string[] {
  return unique(state.activations.flatMap((activation) => activation.scenarioIds));
}

/** The processes the crisis takes down: the scenarios' losses plus the roles nobody covers at the fold's moment. */
export function crisisImpact(content: PlanContent, state: CrisisState): readonly ImpactedProcess[] {
  const scenarios = activatedScenarioIds(state).flatMap((id) => content.scenarios.filter((scenario) => scenario.id === id));
  const uncoveredRoleIds = state.staffing.filter((role) => role.uncovered).map((role) => role.roleId);
  return analyseImpact(content, {
    applicationIds: unique(scenarios.flatMap((scenario) => scenario.unavailableApplicationIds)),
    supplierIds: unique(scenarios.flatMap((scenario) => scenario.unavailableSupplierIds)),
    locationIds: unique(scenarios.flatMap((scenario) => scenario.unavailableLocationIds)),
    roleIds: unique([...scenarios.flatMap((scenario) => scenario.unavailableRoleIds), ...uncoveredRoleIds]),
  }).processes;
}

/** The processes hit that fall due within a horizon counted from activation (day 1, week 1, week 4). */
export function impactWithin(content: PlanContent, state: CrisisState, horizon: ImpactHorizon): readonly ImpactedProcess[] {
  const limit = impactHorizonsInMinutes[horizon];
  return crisisImpact(content, state).filter((process) => process.dueInMinutes !== undefined && process.dueInMinutes <= limit);
}

export function crisisCardOf(content: PlanContent, state: CrisisState, options: { readonly deadlines?: number } = {}): CrisisCard {
  const scenarioIds = activatedScenarioIds(state);
  const scenarios = scenarioIds.flatMap((id) => content.scenarios.filter((scenario) => scenario.id === id));
  const rolesById = new Map(content.roles.map((role) => [role.id, role]));
  const leadIds = unique(scenarios.flatMap((scenario) => scenario.activatedByRoleIds));
  // The checklist is already merged and ordered by due moment: the owner of the first step due is called first.
  const ownerIds = unique(state.checklist.flatMap((item) => (item.ownerRoleId === undefined ? [] : [item.ownerRoleId])));
  const toRoles = (ids: readonly string[]) => ids.flatMap((id) => {
    const role = rolesById.get(id);
    return role === undefined ? [] : [roleOf(content, role, state)];
  });
  const activation = state.activation;
  const activatedMs = activation === undefined ? undefined : Date.parse(activation.at);
  const deadlines = activatedMs === undefined
    ? []
    : crisisImpact(content, state).flatMap((process) =>
        process.dueInMinutes === undefined
          ? []
          : [{ processId: process.id, name: process.name, criticality: process.criticality, dueInMinutes: process.dueInMinutes, dueAt: new Date(activatedMs + process.dueInMinutes * MS_PER_MINUTE).toISOString() }],
      );
  const other = state.activations.find((entry) => entry.other !== undefined)?.other?.description;
  return {
    exercise: state.exercise,
    scenarioNames: scenarios.map((scenario) => scenario.name),
    ...(other === undefined ? {} : { other }),
    ...(activation === undefined ? {} : { activatedAt: activation.at, activatedBy: activation.by }),
    leads: toRoles(leadIds),
    callFirst: toRoles(unique([...leadIds, ...ownerIds])),
    strategies: scenarios.flatMap((scenario) => (scenario.strategy === undefined ? [] : [{ scenarioName: scenario.name, strategy: scenario.strategy }])),
    fallbackSites: content.locations
      .filter((location) => location.kind === 'fallback-site')
      .map((location) => ({ id: location.id, name: location.name, ...(location.address === undefined ? {} : { address: location.address }), ...(location.access === undefined ? {} : { access: location.access }) })),
    openFirstHour: state.checklist.filter((item) => item.phase === 'first-hour' && item.state === 'open'),
    deadlines: deadlines.slice(0, options.deadlines ?? deadlines.length),
    closed: state.closed !== undefined,
  };
}
