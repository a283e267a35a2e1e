import { DraaiboekError } from '../../errors.js';
import { SPEC_VERSION } from '../plan.js';
import type { MigrationStep } from './migration-step.js';
import { registeredSteps } from './registry.js';

export interface MigrationOutcome {
  /** The upgraded data; the very input when it was already at the target version. */
  readonly signed: unknown;
  readonly from: number;
  readonly to: number;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The format version a raw signed object claims, or SPEC_UNKNOWN when it claims none that could be real. */
export function readSpecVersion(signed: unknown): number {
  const version = isPlainObject(signed) ? signed['specVersion'] : undefined;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    throw new DraaiboekError(
      'SPEC_UNKNOWN',
      version === undefined
        ? 'The file names no format version (specVersion); it is not a Draaiboek plan this version can read.'
        : `The file's format version ${JSON.stringify(version)} is not a version Draaiboek knows.`,
      version === undefined ? {} : { found: JSON.stringify(version) },
    );
  }
  return version;
}

/** A defect of this build's migration steps, not of the file being read. */
function brokenRegistry(message: string): DraaiboekError {
  return new DraaiboekError('INTERNAL', message, { detail: message });
}

/**
 * Checks that the steps form one unbroken chain up to `targetVersion`, each raising the version by exactly one,
 * and indexes them by the version they start from. A broken registry is a defect of this build, not of the file.
 */
export function indexSteps(steps: readonly MigrationStep[], targetVersion: number): Map<number, MigrationStep> {
  const byFrom = new Map<number, MigrationStep>();
  for (const step of steps) {
    if (!Number.isSafeInteger(step.from) || step.to !== step.from + 1) {
      throw brokenRegistry(`Migration step ${step.from} -> ${step.to} must raise the version by one.`);
    }
    if (step.to > targetVersion) {
      throw brokenRegistry(`Migration step ${step.from} -> ${step.to} goes beyond the current format version ${targetVersion}.`);
    }
    if (byFrom.has(step.from)) {
      throw brokenRegistry(`Two migration steps start from version ${step.from}.`);
    }
    byFrom.set(step.from, step);
  }
  const oldest = Math.min(targetVersion, ...byFrom.keys());
  for (let version = oldest; version < targetVersion; version += 1) {
    if (!byFrom.has(version)) {
      throw brokenRegistry(`No migration step from version ${version} to ${version + 1}: the chain to ${targetVersion} is broken.`);
    }
  }
  return byFrom;
}

/** The stored format is JSON, so a JSON round trip is a faithful deep copy. */
function copyOf(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/**
 * Brings the signed part of a plan file, as parsed from JSON and before its schema check, up to the current
 * format version, one step at a time. A file from a newer Draaiboek is refused rather than guessed at, and so
 * is one whose version is missing or older than any step knows. The input is never changed.
 */
export function migrateSigned(
  signed: unknown,
  steps: readonly MigrationStep[] = registeredSteps,
  targetVersion: number = SPEC_VERSION,
): MigrationOutcome {
  const from = readSpecVersion(signed);
  if (from > targetVersion) {
    throw new DraaiboekError(
      'SPEC_TOO_NEW',
      `This plan was saved in format version ${from} by a newer Draaiboek; this Draaiboek reads format versions ` +
        `up to ${targetVersion}. Update Draaiboek to open it.`,
      { found: from, supported: targetVersion },
    );
  }
  const byFrom = indexSteps(steps, targetVersion);
  if (from === targetVersion) return { signed, from, to: targetVersion };

  let current = copyOf(signed);
  for (let version = from; version < targetVersion; version += 1) {
    const step = byFrom.get(version);
    if (step === undefined) {
      throw new DraaiboekError(
        'SPEC_UNKNOWN',
        `The file's format version ${from} is older than any this Draaiboek can upgrade.`,
        { found: String(from) },
      );
    }
    current = step.migrate(current);
    const reached = isPlainObject(current) ? current['specVersion'] : undefined;
    if (reached !== step.to) {
      throw brokenRegistry(`Migration step ${step.from} -> ${step.to} left the format version at ${JSON.stringify(reached)}.`);
    }
  }
  return { signed: current, from, to: targetVersion };
}
