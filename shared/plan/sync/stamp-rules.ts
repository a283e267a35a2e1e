import { DraaiboekError } from '../../errors.js';
import type { Hlc, PlanDocument } from '../plan.js';
import { MAX_PLAUSIBLE_SKEW_MS, parseHlc } from './hlc.js';

/*
 * The rules every stamp in sync data from elsewhere must keep before anything is merged or adopted. A stamp far
 * in the future wins every later edit of its field on every laptop, for good; a stamp the copy's own version
 * vector has not seen cannot have been made honestly (every edit notes its stamp in the vector). Checking the
 * vector alone is not enough: one field stamped years ahead hides behind a normal-looking vector.
 */

/** Where a stamp sits in a plan document, for the message: `people/p-1.name`, `tombstones.people/p-1`. */
export interface StampFinding {
  readonly stamp: Hlc;
  readonly place: string;
  readonly problem: 'future' | 'unseen';
}

const PHYSICAL_DIGITS = 15;

/** Every stamp of the document with its place: the vector, field stamps, tombstones and conflicts. */
function* stampsOf(doc: PlanDocument): Generator<readonly [Hlc, string, boolean]> {
  for (const [node, stamp] of Object.entries(doc.sync.versionVector)) yield [stamp, `versionVector.${node}`, false];
  for (const [collection, records] of Object.entries(doc.sync.stamps)) {
    for (const [id, fields] of Object.entries(records ?? {})) {
      for (const [field, stamp] of Object.entries(fields)) yield [stamp, `${collection}/${id}.${field}`, true];
    }
  }
  for (const [collection, records] of Object.entries(doc.sync.tombstones)) {
    for (const [id, stamp] of Object.entries(records ?? {})) yield [stamp, `tombstones.${collection}/${id}`, true];
  }
  for (const conflict of doc.sync.conflicts) {
    const place = `conflicts.${conflict.collection}/${conflict.recordId}.${conflict.field}`;
    yield [conflict.stamp, place, true];
    if (conflict.resolvedAt !== undefined) yield [conflict.resolvedAt, place, true];
  }
}

/**
 * The first stamp that breaks a rule: one more than a year ahead of `nowMs`, or one later than the document's
 * own version vector says its device has made. Stamps are fixed-width, so plain string order compares them.
 */
export function findImplausibleStamp(doc: PlanDocument, nowMs: number): StampFinding | undefined {
  const limit = Math.min(10 ** PHYSICAL_DIGITS - 1, Math.max(0, Math.floor(nowMs + MAX_PLAUSIBLE_SKEW_MS)));
  const latestPhysical = String(limit).padStart(PHYSICAL_DIGITS, '0');
  const vector = doc.sync.versionVector;
  for (const [stamp, place, mustBeSeen] of stampsOf(doc)) {
    if (stamp.slice(0, PHYSICAL_DIGITS) > latestPhysical) return { stamp, place, problem: 'future' };
    if (!mustBeSeen) continue;
    const seen = vector[stamp.slice(-16)];
    if (seen === undefined || seen < stamp) return { stamp, place, problem: 'unseen' };
  }
  return undefined;
}

/** A day as YYYY-MM-DD in UTC, whatever its year: `33658-09-27`, never `+033658-09`. */
export function readableDay(ms: number): string {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return String(ms);
  const two = (value: number): string => String(value).padStart(2, '0');
  return `${date.getUTCFullYear()}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`;
}

/** Refuses sync data that breaks the stamp rules, naming the stamp's date and its place in the plan. */
export function assertPlausibleStamps(doc: PlanDocument, nowMs: number): void {
  const finding = findImplausibleStamp(doc, nowMs);
  if (finding === undefined) return;
  const params = { date: readableDay(parseHlc(finding.stamp).physical), place: finding.place };
  if (finding.problem === 'future') {
    throw new DraaiboekError('CLOCK_SKEW', `a stamp at ${finding.place} lies too far in the future`, params);
  }
  throw new DraaiboekError('STAMP_NOT_IN_VERSION_VECTOR', `the stamp at ${finding.place} is later than the version vector`, params);
}
