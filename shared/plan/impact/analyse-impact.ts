import type { Application, Process } from '../entities.js';
import type { PlanContent } from '../plan.js';
import { durationToMinutes } from '../primitives.js';
import { compareNames } from '../record-names.js';
import { compareCriticality } from './criticality.js';
import type {
  ImpactedProcess,
  ImpactReason,
  ImpactReasonKind,
  ImpactResult,
  Unavailable,
  UnavailableApplication,
} from './impact-types.js';

const impactReasonKinds: readonly ImpactReasonKind[] = ['application', 'supplier', 'location', 'role'];

/**
 * Something a process depends on: an application, a supplier (its own, or its application's, then `via` names
 * the application), a location or a role. The one statement of what can take a process down.
 */
interface Dependency {
  readonly kind: ImpactReasonKind;
  readonly id: string;
  readonly viaApplicationId?: string;
}

function dependenciesOf(process: Process, applications: ReadonlyMap<string, Application>): Dependency[] {
  const dependencies: Dependency[] = [];
  for (const applicationId of new Set(process.applicationIds)) {
    dependencies.push({ kind: 'application', id: applicationId });
    const supplierId = applications.get(applicationId)?.supplierId;
    if (supplierId !== undefined) dependencies.push({ kind: 'supplier', id: supplierId, viaApplicationId: applicationId });
  }
  for (const id of new Set(process.supplierIds)) dependencies.push({ kind: 'supplier', id });
  for (const id of new Set(process.locationIds)) dependencies.push({ kind: 'location', id });
  for (const id of new Set(process.roleIds)) dependencies.push({ kind: 'role', id });
  return dependencies;
}

/** What an analysis looks up in the plan, whatever is down: built once per plan content. */
interface PlanLookup {
  readonly applications: ReadonlyMap<string, Application>;
  readonly names: ReadonlyMap<string, string>;
  readonly dependencies: ReadonlyMap<Process, readonly Dependency[]>;
}

type Down = Readonly<Record<ImpactReasonKind, ReadonlySet<string>>>;

function buildPlanLookup(content: PlanContent): PlanLookup {
  const names = new Map<string, string>();
  for (const record of [...content.organisations, ...content.applications, ...content.locations, ...content.roles]) {
    names.set(record.id, record.name);
  }
  const applications = new Map(content.applications.map((application) => [application.id, application]));
  const dependencies = new Map(content.processes.map((process) => [process, dependenciesOf(process, applications)]));
  return { applications, names, dependencies };
}

function downOf(unavailable: Unavailable): Down {
  return {
    application: new Set(unavailable.applicationIds ?? []),
    supplier: new Set(unavailable.supplierIds ?? []),
    location: new Set(unavailable.locationIds ?? []),
    role: new Set(unavailable.roleIds ?? []),
  };
}

/** The earliest moment something is due: the MTPD or the shortest legal term, whichever comes first. */
export function dueInMinutes(process: Process): number | undefined {
  const terms = [process.mtpd, ...process.legalDeadlines.map((deadline) => deadline.term)].flatMap((term) =>
    term === undefined ? [] : [durationToMinutes(term)],
  );
  return terms.length === 0 ? undefined : Math.min(...terms);
}

function reasonsFor(process: Process, plan: PlanLookup, down: Down): ImpactReason[] {
  const nameOf = (id: string): string => plan.names.get(id) ?? id;
  return (plan.dependencies.get(process) ?? [])
    .filter((dependency) => down[dependency.kind].has(dependency.id))
    .map(({ kind, id, viaApplicationId }) => ({
      kind,
      id,
      name: nameOf(id),
      ...(viaApplicationId === undefined ? {} : { viaApplicationId, viaApplicationName: nameOf(viaApplicationId) }),
    }));
}

function unavailableApplications(content: PlanContent, plan: PlanLookup, down: Down): UnavailableApplication[] {
  const result = new Map<string, UnavailableApplication>();
  for (const id of down.application) {
    const application = plan.applications.get(id);
    result.set(id, {
      id,
      name: application?.name ?? id,
      named: true,
      manualFallback: application?.manualFallback,
      rto: application?.rto,
    });
  }
  for (const application of content.applications) {
    const { supplierId } = application;
    if (supplierId === undefined || !down.supplier.has(supplierId)) continue;
    result.set(application.id, {
      id: application.id,
      name: application.name,
      named: down.application.has(application.id),
      supplierId,
      supplierName: plan.names.get(supplierId) ?? supplierId,
      manualFallback: application.manualFallback,
      rto: application.rto,
    });
  }
  return [...result.values()].sort((a, b) => compareNames(a.name, b.name) || compareNames(a.id, b.id));
}

function compareUrgency(a: ImpactedProcess, b: ImpactedProcess): number {
  const dueA = a.dueInMinutes ?? Number.POSITIVE_INFINITY;
  const dueB = b.dueInMinutes ?? Number.POSITIVE_INFINITY;
  if (dueA !== dueB) return dueA < dueB ? -1 : 1;
  return compareCriticality(a.criticality, b.criticality) || compareNames(a.name, b.name) || compareNames(a.id, b.id);
}

/** Analyses of one plan's content that share its lookups: for callers that ask about many outages at once. */
export interface ImpactAnalysis {
  /** The full analysis, as `analyseImpact` gives it. */
  readonly analyse: (unavailable: Unavailable) => ImpactResult;
  /** Only which processes are hit: what coverage needs, without the reasons' names or the ordering. */
  readonly processIdsHit: (unavailable: Unavailable) => Set<string>;
}

export function prepareImpactAnalysis(content: PlanContent): ImpactAnalysis {
  const plan = buildPlanLookup(content);
  let dependents: Map<string, string[]> | undefined;
  const keyOf = (kind: ImpactReasonKind, id: string) => `${kind}:${id}`;
  /** For each thing a process can depend on, the processes that do: the dependencies above, turned around. */
  const dependentsOf = (): Map<string, string[]> => {
    if (dependents !== undefined) return dependents;
    dependents = new Map();
    for (const [process, dependencies] of plan.dependencies) {
      for (const { kind, id } of dependencies) {
        const key = keyOf(kind, id);
        const processIds = dependents.get(key);
        if (processIds === undefined) dependents.set(key, [process.id]);
        else if (processIds.at(-1) !== process.id) processIds.push(process.id);
      }
    }
    return dependents;
  };
  return {
    analyse(unavailable) {
      const down = downOf(unavailable);
      const processes: ImpactedProcess[] = [];
      for (const process of content.processes) {
        const reasons = reasonsFor(process, plan, down);
        if (reasons.length === 0) continue;
        processes.push({
          id: process.id,
          name: process.name,
          criticality: process.criticality,
          reasons,
          mtpd: process.mtpd,
          rto: process.rto,
          legalDeadlines: process.legalDeadlines,
          workaround: process.workaround,
          mbco: process.mbco,
          dueInMinutes: dueInMinutes(process),
        });
      }
      return {
        processes: processes.sort(compareUrgency),
        unavailableApplications: unavailableApplications(content, plan, down),
      };
    },
    processIdsHit(unavailable) {
      const down = downOf(unavailable);
      const hit = new Set<string>();
      for (const kind of impactReasonKinds) {
        for (const id of down[kind]) for (const processId of dependentsOf().get(keyOf(kind, id)) ?? []) hit.add(processId);
      }
      return hit;
    },
  };
}

/**
 * "If this is down, what breaks, by when": the processes that depend on anything unavailable, most urgent
 * first. Derived from the plan on demand, never stored.
 */
export function analyseImpact(content: PlanContent, unavailable: Unavailable): ImpactResult {
  return prepareImpactAnalysis(content).analyse(unavailable);
}
