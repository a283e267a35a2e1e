import type { Criticality } from './criticality.js';
import type { Duration } from '../primitives.js';
import type { LegalDeadline } from '../entities.js';

/** What is out: ids of applications, suppliers (external organisations), locations and crisis roles. */
export interface Unavailable {
  readonly applicationIds?: readonly string[];
  readonly supplierIds?: readonly string[];
  readonly locationIds?: readonly string[];
  readonly roleIds?: readonly string[];
}

export type ImpactReasonKind = 'application' | 'supplier' | 'location' | 'role';

/**
 * Why a process is hit: the unavailable thing, and, when the process does not depend on it directly, the
 * application through which it does (a SaaS supplier down takes its applications down).
 */
export interface ImpactReason {
  readonly kind: ImpactReasonKind;
  readonly id: string;
  /** The record's name, or its id when the plan has no such record. */
  readonly name: string;
  readonly viaApplicationId?: string;
  readonly viaApplicationName?: string;
}

export interface ImpactedProcess {
  readonly id: string;
  readonly name: string;
  readonly criticality: Criticality;
  readonly reasons: readonly ImpactReason[];
  readonly mtpd?: Duration;
  readonly rto?: Duration;
  readonly legalDeadlines: readonly LegalDeadline[];
  readonly workaround?: string;
  readonly mbco?: string;
  /** The shortest of the MTPD and the legal deadline terms, in minutes; absent when the process has none. */
  readonly dueInMinutes?: number;
}

export interface UnavailableApplication {
  readonly id: string;
  readonly name: string;
  /** True when the application itself was named as unavailable. */
  readonly named: boolean;
  /** Set when it is down because its supplier is. */
  readonly supplierId?: string;
  readonly supplierName?: string;
  readonly manualFallback?: string;
  readonly rto?: Duration;
}

export interface ImpactResult {
  /** Most urgent first: by `dueInMinutes` (none last), then criticality, then name. */
  readonly processes: readonly ImpactedProcess[];
  /** Named and derived, by name. */
  readonly unavailableApplications: readonly UnavailableApplication[];
}
