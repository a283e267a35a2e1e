import type { PlanContent } from '../plan/plan.js';
import { durationToMinutes } from '../plan/primitives.js';
import type { CrisisEvent } from './crisis-envelope.js';
import type { ActivationView, ChecklistItem } from './crisis-state.js';

/*
 * The checklist: the steps of every activated scenario, merged and ordered by due moment (activation plus the
 * step's deadline; steps without a deadline last), each with the state its latest tick gives it.
 */

const MS_PER_MINUTE = 60_000;

function addMinutes(moment: string, minutes: number): string {
  return new Date(Date.parse(moment) + minutes * MS_PER_MINUTE).toISOString();
}

/** The key under which ticks of one step meet. */
export function stepKey(scenarioId: string, stepIndex: number): string {
  return `${scenarioId}#${stepIndex}`;
}

interface Tick {
  readonly state: 'done' | 'not-applicable' | 'reopened';
  readonly at: string;
  readonly by?: string;
  readonly reason?: string;
}

export function checklistOf(
  content: PlanContent,
  activations: readonly ActivationView[],
  events: readonly CrisisEvent[],
  now: string,
): ChecklistItem[] {
  const ticks = new Map<string, Tick>();
  for (const event of events) {
    if (event.signed.kind !== 'step-ticked') continue;
    const { scenarioId, stepIndex, state, at, by, reason } = event.signed.data;
    ticks.set(stepKey(scenarioId, stepIndex), { state, at, ...(by === undefined ? {} : { by }), ...(reason === undefined ? {} : { reason }) });
  }
  const roleNames = new Map(content.roles.map((role) => [role.id, role.name]));
  const scenarios = new Map(content.scenarios.map((scenario) => [scenario.id, scenario]));
  const seen = new Set<string>();
  const items: { item: ChecklistItem; order: number }[] = [];
  for (const activation of activations) {
    for (const scenarioId of activation.scenarioIds) {
      if (seen.has(scenarioId)) continue;
      seen.add(scenarioId);
      const scenario = scenarios.get(scenarioId);
      // A scenario deleted from the plan since has no steps left to show; the activation still names it.
      if (scenario === undefined) continue;
      scenario.steps.forEach((step, stepIndex) => {
        const tick = ticks.get(stepKey(scenarioId, stepIndex));
        const state = tick === undefined || tick.state === 'reopened' ? 'open' : tick.state;
        const dueAt = step.deadline === undefined ? undefined : addMinutes(activation.at, durationToMinutes(step.deadline));
        const ownerRoleName = step.ownerRoleId === undefined ? undefined : roleNames.get(step.ownerRoleId);
        items.push({
          order: items.length,
          item: {
            scenarioId,
            scenarioName: scenario.name,
            stepIndex,
            text: step.text,
            ...(step.ownerRoleId === undefined ? {} : { ownerRoleId: step.ownerRoleId }),
            ...(ownerRoleName === undefined ? {} : { ownerRoleName }),
            phase: step.phase,
            ...(dueAt === undefined ? {} : { dueAt }),
            state,
            ...(state !== 'open' && tick !== undefined
              ? { at: tick.at, ...(tick.by === undefined ? {} : { by: tick.by }), ...(tick.reason === undefined ? {} : { reason: tick.reason }) }
              : {}),
            overdue: state === 'open' && dueAt !== undefined && dueAt < now,
          },
        });
      });
    }
  }
  return items
    .sort((a, b) => {
      const dueA = a.item.dueAt;
      const dueB = b.item.dueAt;
      if (dueA !== dueB) {
        if (dueA === undefined) return 1;
        if (dueB === undefined) return -1;
        return dueA < dueB ? -1 : 1;
      }
      return a.order - b.order;
    })
    .map(({ item }) => item);
}
