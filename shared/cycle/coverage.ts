import type { Exercise } from '../plan/entities.js';
import { prepareImpactAnalysis } from '../plan/impact/analyse-impact.js';
import { unavailableInScenario } from '../plan/impact/impact-of-scenario.js';
import type { IsoDate } from '../plan/primitives.js';
import type { PlanContent } from '../plan/plan.js';
import { addYears } from '../plan/calendar.js';

/*
 * Which critical processes and scenarios the held exercises covered. A process counts as exercised when an
 * exercise names it, or names a scenario that hits it (the impact analysis says which): practising the
 * scenario practises the workarounds of the processes it takes down.
 */

/** How far back the coverage matrix and the evidence pack look. */
export const COVERAGE_YEARS = 3;

export interface CoverageRow {
  readonly collection: 'processes' | 'scenarios';
  readonly id: string;
  readonly name: string;
  /** The held exercises of the window that covered it, by their ids in the matrix's column order. */
  readonly exerciseIds: string[];
  /** The day of the last held exercise that covered it, at any time. */
  readonly lastExercised?: IsoDate;
}

export interface CoverageMatrix {
  /** From `since` through `today`. */
  readonly since: IsoDate;
  /** The columns: held exercises of the window, oldest first. */
  readonly exercises: Pick<Exercise, 'id' | 'title' | 'date' | 'kind'>[];
  /** The critical processes, then every scenario, each in the plan's order. */
  readonly rows: CoverageRow[];
}

function byDate(a: Exercise, b: Exercise): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Held exercises up to today, oldest first. */
export function heldExercises(content: PlanContent, today: IsoDate): Exercise[] {
  return content.exercises.filter((exercise) => exercise.status === 'held' && exercise.date <= today).sort(byDate);
}

/**
 * The processes each exercise covered: named, or hit by a scenario it names. One impact analysis per scenario,
 * however many exercises name it: a plan with hundreds of exercises asks for this on every revision.
 */
export function processesCoveredByEach(content: PlanContent, exercises: readonly Exercise[]): Map<string, Set<string>> {
  const scenarios = new Map(content.scenarios.map((scenario) => [scenario.id, scenario]));
  const analysis = prepareImpactAnalysis(content);
  const hitBy = new Map<string, Set<string>>();
  const processesHitBy = (scenarioId: string): Set<string> => {
    let hit = hitBy.get(scenarioId);
    if (hit === undefined) {
      const scenario = scenarios.get(scenarioId);
      hit = scenario === undefined ? new Set() : analysis.processIdsHit(unavailableInScenario(scenario));
      hitBy.set(scenarioId, hit);
    }
    return hit;
  };
  return new Map(
    exercises.map((exercise) => {
      const covered = new Set(exercise.processIds);
      for (const scenarioId of exercise.scenarioIds) for (const processId of processesHitBy(scenarioId)) covered.add(processId);
      return [exercise.id, covered];
    }),
  );
}

export function coverageMatrix(content: PlanContent, today: IsoDate): CoverageMatrix {
  const since = addYears(today, -COVERAGE_YEARS);
  const held = heldExercises(content, today);
  const inWindow = held.filter((exercise) => exercise.date >= since);
  const processesOf = processesCoveredByEach(content, held);
  const row = (collection: CoverageRow['collection'], id: string, name: string, covers: (exercise: Exercise) => boolean): CoverageRow => {
    const covering = held.filter(covers);
    const last = covering.at(-1)?.date;
    return {
      collection,
      id,
      name,
      exerciseIds: covering.filter((exercise) => exercise.date >= since).map((exercise) => exercise.id),
      ...(last === undefined ? {} : { lastExercised: last }),
    };
  };
  return {
    since,
    exercises: inWindow.map(({ id, title, date, kind }) => ({ id, title, date, kind })),
    rows: [
      ...content.processes
        .filter((process) => process.criticality === 'critical')
        .map((process) => row('processes', process.id, process.name, (exercise) => processesOf.get(exercise.id)?.has(process.id) === true)),
      ...content.scenarios.map((scenario) => row('scenarios', scenario.id, scenario.name, (exercise) => exercise.scenarioIds.includes(scenario.id))),
    ],
  };
}
