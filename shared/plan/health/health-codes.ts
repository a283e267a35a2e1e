import type { StampedCollection } from '../plan.js';

export const healthSeverities = ['critical', 'warning', 'info'] as const;
export type HealthSeverity = (typeof healthSeverities)[number];

interface HealthCodeSpec {
  readonly severity: HealthSeverity;
  /** The names a message for this code may use as `{placeholder}`; every gap of the code provides them all. */
  readonly params: readonly string[];
}

/**
 * Every gap the health check can report. A code, once released, keeps its meaning: the message catalogs
 * (`health.<code>`) and the UI key on it.
 */
export const healthCodes = {
  roleWithoutPrimary: { severity: 'critical', params: ['role'] },
  roleWithoutDeputy: { severity: 'warning', params: ['role'] },
  processWithoutWorkaround: { severity: 'warning', params: ['process'] },
  personNeverVerified: { severity: 'info', params: ['person'] },
  personVerificationStale: { severity: 'info', params: ['person', 'lastVerified'] },
  supplierWithoutLine24x7: { severity: 'warning', params: ['organisation'] },
  processRtoShorterThanApplicationRto: { severity: 'warning', params: ['process', 'application'] },
  processRtoExceedsMtpd: { severity: 'critical', params: ['process'] },
  scenarioWithoutSteps: { severity: 'warning', params: ['scenario'] },
  scenarioWithoutActivationCriteria: { severity: 'warning', params: ['scenario'] },
  reviewOverdue: { severity: 'warning', params: ['reviewDue'] },
  planExpired: { severity: 'critical', params: ['validUntil'] },
  planNeverAdopted: { severity: 'warning', params: [] },
  planChangedSinceAdoption: { severity: 'info', params: ['revision', 'date'] },
  criticalProcessNotExercised: { severity: 'warning', params: ['process', 'years'] },
  scenarioNeverExercised: { severity: 'info', params: ['scenario'] },
  noExerciseLastYear: { severity: 'warning', params: ['lastExercise'] },
  improvementActionOverdue: { severity: 'warning', params: ['action', 'dueDate'] },
  privatePhoneWithoutConsent: { severity: 'critical', params: ['person', 'count'] },
  danglingReference: { severity: 'critical', params: ['record', 'field', 'missingId'] },
  callTreeCycle: { severity: 'critical', params: ['people'] },
  rolePersonNotInCallTree: { severity: 'warning', params: ['person', 'role'] },
} as const satisfies Record<string, HealthCodeSpec>;

export type HealthCode = keyof typeof healthCodes;
export const healthCodeList = Object.keys(healthCodes) as HealthCode[];

export type HealthParamName<C extends HealthCode> = (typeof healthCodes)[C]['params'][number];
export type HealthParams<C extends HealthCode> = Record<HealthParamName<C>, string | number>;

/** One thing missing or wrong in the plan, pointing at the record where it is fixed. */
export interface HealthGap {
  readonly code: HealthCode;
  readonly severity: HealthSeverity;
  readonly collection: StampedCollection;
  readonly recordId: string;
  /** The names and values the message for `code` fills in. */
  readonly params: Readonly<Record<string, string | number>>;
}

/** Builds a gap whose params are checked against the code's declared placeholders at compile time. */
export function healthGap<C extends HealthCode>(
  code: C,
  collection: StampedCollection,
  recordId: string,
  params: HealthParams<C>,
): HealthGap {
  return { code, severity: healthCodes[code].severity, collection, recordId, params };
}
