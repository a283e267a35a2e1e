import type { Application, Process } from '../entities.js';
import type { PlanContent } from '../plan.js';
import { durationToMinutes } from '../primitives.js';
import { compareCriticality } from './criticality.js';
import type {
  ImpactedProcess,
  ImpactReason,
  ImpactResult,
  Unavailable,
  UnavailableApplication,
} from './impact-types.js';

interface Lookup {
  readonly applications: ReadonlyMap<string, Application>;
  readonly names: ReadonlyMap<string, string>;
  readonly downApplications: ReadonlySet<string>;
  readonly downSuppliers: ReadonlySet<string>;
  readonly downLocations: ReadonlySet<string>;
  readonly downRoles: ReadonlySet<string>;
}

function buildLookup(content: PlanContent, unavailable: Unavailable): Lookup {
  const names = new Map<string, string>();
  for (const record of [...content.organisations, ...content.applications, ...content.locations, ...content.roles]) {
    names.set(record.id, record.name);
  }
  return {
    applications: new Map(content.applications.map((application) => [application.id, application])),
    names,
    downApplications: new Set(unavailable.applicationIds ?? []),
    downSuppliers: new Set(unavailable.supplierIds ?? []),
    downLocations: new Set(unavailable.locationIds ?? []),
    downRoles: new Set(unavailable.roleIds ?? []),
  };
}

/** The earliest moment something is due: the MTPD or the shortest legal term, whichever comes first. */
export function dueInMinutes(process: Process): number | undefined {
  const terms = [process.mtpd, ...process.legalDeadlines.map((deadline) => deadline.term)].flatMap((term) =>
    term === undefined ? [] : [durationToMinutes(term)],
  );
  return terms.length === 0 ? undefined : Math.min(...terms);
}

function reasonsFor(process: Process, lookup: Lookup): ImpactReason[] {
  const nameOf = (id: string): string => lookup.names.get(id) ?? id;
  const reasons: ImpactReason[] = [];
  for (const applicationId of new Set(process.applicationIds)) {
    if (lookup.downApplications.has(applicationId)) {
      reasons.push({ kind: 'application', id: applicationId, name: nameOf(applicationId) });
    }
    const supplierId = lookup.applications.get(applicationId)?.supplierId;
    if (supplierId !== undefined && lookup.downSuppliers.has(supplierId)) {
      reasons.push({
        kind: 'supplier',
        id: supplierId,
        name: nameOf(supplierId),
        viaApplicationId: applicationId,
        viaApplicationName: nameOf(applicationId),
      });
    }
  }
  const direct = (kind: ImpactReason['kind'], ids: readonly string[], down: ReadonlySet<string>): void => {
    for (const id of new Set(ids)) if (down.has(id)) reasons.push({ kind, id, name: nameOf(id) });
  };
  direct('supplier', process.supplierIds, lookup.downSuppliers);
  direct('location', process.locationIds, lookup.downLocations);
  direct('role', process.roleIds, lookup.downRoles);
  return reasons;
}

function unavailableApplications(content: PlanContent, lookup: Lookup): UnavailableApplication[] {
  const result = new Map<string, UnavailableApplication>();
  for (const id of lookup.downApplications) {
    const application = lookup.applications.get(id);
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
    if (supplierId === undefined || !lookup.downSuppliers.has(supplierId)) continue;
    result.set(application.id, {
      id: application.id,
      name: application.name,
      named: lookup.downApplications.has(application.id),
      supplierId,
      supplierName: lookup.names.get(supplierId) ?? supplierId,
      manualFallback: application.manualFallback,
      rto: application.rto,
    });
  }
  return [...result.values()].sort((a, b) => compareNames(a.name, b.name) || compareNames(a.id, b.id));
}

function compareNames(a: string, b: string): number {
  return a.localeCompare(b, 'nl', { sensitivity: 'base', numeric: true }) || (a < b ? -1 : a > b ? 1 : 0);
}

function compareUrgency(a: ImpactedProcess, b: ImpactedProcess): number {
  const dueA = a.dueInMinutes ?? Number.POSITIVE_INFINITY;
  const dueB = b.dueInMinutes ?? Number.POSITIVE_INFINITY;
  if (dueA !== dueB) return dueA < dueB ? -1 : 1;
  return compareCriticality(a.criticality, b.criticality) || compareNames(a.name, b.name) || compareNames(a.id, b.id);
}

/**
 * "If this is down, what breaks, by when": the processes that depend on anything unavailable, most urgent
 * first. Derived from the plan on demand, never stored.
 */
export function analyseImpact(content: PlanContent, unavailable: Unavailable): ImpactResult {
  const lookup = buildLookup(content, unavailable);
  const processes: ImpactedProcess[] = [];
  for (const process of content.processes) {
    const reasons = reasonsFor(process, lookup);
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
    unavailableApplications: unavailableApplications(content, lookup),
  };
}
