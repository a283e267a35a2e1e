import type { Hlc, VersionVector } from '../plan.js';
import { maxHlc, nodeOfHlc } from './hlc.js';

/** The part of a clock that editing and merging need; `createClock` gives one, tests may pass their own. */
export interface SyncClock {
  tick(): Hlc;
  observe(stamp: Hlc): unknown;
}

/** The latest stamp a version vector knows of, from any device. */
export function latestKnownStamp(versionVector: VersionVector): Hlc | undefined {
  return maxHlc(...Object.values(versionVector));
}

/**
 * Lets the clock catch up with everything the document holds, so that an edit made now is stamped after every
 * edit already in it, even one from a device whose wall clock runs ahead. Without this a fresh edit could lose
 * to the value it replaced at the next merge.
 */
export function catchUpWith(clock: SyncClock, versionVector: VersionVector): void {
  const latest = latestKnownStamp(versionVector);
  if (latest !== undefined) clock.observe(latest);
}

/** Records a stamp this copy made or saw in its version vector (in place: the caller owns the object). */
export function noteStamp(versionVector: VersionVector, stamp: Hlc): void {
  const node = nodeOfHlc(stamp);
  const known = versionVector[node];
  if (known === undefined || known < stamp) versionVector[node] = stamp;
}
