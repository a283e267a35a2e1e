import type { CallTreeRecord, CallTreeResult } from '../plan/entities.js';
import { DEFAULT_CALL_TREE_TARGETS, type CallTreeTarget } from '../plan/meta.js';
import type { PlanContent } from '../plan/plan.js';

/*
 * The figures of a call-tree test, live while it runs and afterwards from the exercise record: who was reached
 * and how fast, against the plan's targets. The screen, the health, the CLI and the evidence pack all use this.
 */

export interface TargetOutcome {
  readonly target: CallTreeTarget;
  /** How many people the target is about. */
  readonly population: number;
  /** How many of them were reached within the target's minutes. */
  readonly reachedInTime: number;
  /** How many must be, by the target's share (rounded up). */
  readonly needed: number;
  readonly met: boolean;
}

export interface CallTreeProgress {
  /** Everyone in the call tree. */
  readonly total: number;
  readonly reached: number;
  readonly notReached: number;
  readonly wrongNumber: number;
  /** In the call tree, no result yet. */
  readonly pending: number;
  /** Reached as a whole percentage of `total` (rounded down, so 99.6% is not shown as all). */
  readonly sharePercent: number;
  /** From the start to the last result (or to `now` while the test runs), in whole minutes. */
  readonly elapsedMinutes: number;
  /** Time to reach a person, over everyone reached, in minutes (one decimal); absent when nobody was reached. */
  readonly medianMinutes?: number;
  readonly slowestMinutes?: number;
  readonly targets: TargetOutcome[];
}

/** The targets the plan sets, or the defaults when it sets none. */
export function callTreeTargetsOf(content: PlanContent): readonly CallTreeTarget[] {
  return content.meta.callTreeTargets ?? DEFAULT_CALL_TREE_TARGETS;
}

/** The people in the call tree, in its order of entries. */
export function callTreePeople(content: PlanContent): string[] {
  return [...new Set(content.callTree.map((entry) => entry.personId))];
}

/** The people holding a crisis role, first or as deputy. */
export function crisisRoleHolders(content: PlanContent): Set<string> {
  const holders = new Set<string>();
  for (const role of content.roles) {
    if (role.primaryPersonId !== undefined) holders.add(role.primaryPersonId);
    for (const deputy of role.deputyPersonIds) holders.add(deputy);
  }
  return holders;
}

/** Each person's last result: a person first not reached and later reached counts as reached. */
export function lastResultPerPerson(results: readonly CallTreeResult[]): Map<string, CallTreeResult> {
  const last = new Map<string, CallTreeResult>();
  for (const result of [...results].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))) last.set(result.personId, result);
  return last;
}

function minutesBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 60_000;
}

function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}

function median(sorted: readonly number[]): number | undefined {
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * The test's figures. `now` (an ISO instant) stands for the end while the test runs; a finished test ends at
 * its `endedAt`, else at its last result.
 */
export function callTreeProgress(content: PlanContent, record: CallTreeRecord, now?: string): CallTreeProgress {
  const people = callTreePeople(content);
  const inTree = new Set(people);
  const last = lastResultPerPerson(record.results);
  const minutesOf = new Map<string, number>();
  let reached = 0;
  let notReached = 0;
  let wrongNumber = 0;
  for (const [personId, result] of last) {
    if (result.outcome === 'reached') {
      reached += 1;
      minutesOf.set(personId, Math.max(0, minutesBetween(record.startedAt, result.at)));
    } else if (result.outcome === 'not-reached') {
      notReached += 1;
    } else {
      wrongNumber += 1;
    }
  }
  const times = [...minutesOf.values()].sort((a, b) => a - b);
  const lastAt = [...last.values()].reduce((latest, result) => (result.at > latest ? result.at : latest), record.startedAt);
  const end = record.endedAt ?? now ?? lastAt;
  const holders = crisisRoleHolders(content);
  const targets = callTreeTargetsOf(content).map((target): TargetOutcome => {
    const population = target.who === 'everyone' ? people : [...holders];
    const reachedInTime = population.filter((id) => (minutesOf.get(id) ?? Infinity) <= target.withinMinutes).length;
    const needed = Math.ceil((population.length * target.share) / 100);
    return { target, population: population.length, reachedInTime, needed, met: reachedInTime >= needed };
  });
  const total = people.length;
  const medianMinutes = median(times);
  const slowest = times.at(-1);
  return {
    total,
    reached,
    notReached,
    wrongNumber,
    pending: people.filter((id) => !last.has(id)).length,
    sharePercent: total === 0 ? 0 : Math.floor((100 * [...minutesOf.keys()].filter((id) => inTree.has(id)).length) / total),
    elapsedMinutes: Math.max(0, Math.floor(minutesBetween(record.startedAt, end))),
    ...(medianMinutes === undefined ? {} : { medianMinutes: oneDecimal(medianMinutes) }),
    ...(slowest === undefined ? {} : { slowestMinutes: oneDecimal(slowest) }),
    targets,
  };
}
