import type { Hlc } from '../plan.js';

/*
 * A hybrid logical clock: stamps follow the wall clock closely enough to read as times, yet always grow, even
 * when the wall clock stalls or goes back, and always exceed every stamp seen from another device. The fixed
 * width of each part makes plain string comparison the same order as comparing the parts.
 */

const PHYSICAL_DIGITS = 15;
const COUNTER_DIGITS = 4;
const MAX_PHYSICAL = 10 ** PHYSICAL_DIGITS - 1;
const MAX_COUNTER = 0xffff;
const HLC_PATTERN = /^(\d{15})-([0-9a-f]{4})-([0-9a-f]{16})$/;
const NODE_ID_PATTERN = /^[0-9a-f]{16}$/;

/** A stamp further ahead of the local wall clock than this comes from a clock that is wildly wrong. */
export const MAX_PLAUSIBLE_SKEW_MS = 365 * 24 * 60 * 60 * 1000;

export interface HlcParts {
  /** Milliseconds since the Unix epoch, as the stamping device's clock (or a later stamp it saw) read them. */
  readonly physical: number;
  /** Orders stamps made within the same millisecond. */
  readonly counter: number;
  /** The device that made the stamp: 16 lowercase hex digits. */
  readonly node: string;
}

/** What observing a stamp taught the clock about the other device's wall clock. */
export interface ClockObservation {
  /** How far the observed stamp runs ahead of the local wall clock, in ms; 0 when it does not. */
  readonly aheadByMs: number;
  /** True when it runs so far ahead that one of the two clocks is surely wrong: worth a warning. */
  readonly implausible: boolean;
}

export interface Clock {
  readonly nodeId: string;
  /** A new stamp, strictly greater than every stamp this clock made or observed before. */
  tick(): Hlc;
  /** Takes note of a stamp from elsewhere so later ticks order after it. */
  observe(stamp: Hlc): ClockObservation;
  /** The largest skew ahead of the local clock seen so far, so the app can warn once, not per stamp. */
  largestSkewMs(): number;
}

export function isHlc(value: string): value is Hlc {
  return HLC_PATTERN.test(value);
}

export function parseHlc(stamp: string): HlcParts {
  const match = HLC_PATTERN.exec(stamp);
  if (match === null) throw new RangeError(`malformed clock stamp: ${JSON.stringify(stamp)}`);
  const [, physical = '', counter = '', node = ''] = match;
  return { physical: Number(physical), counter: Number.parseInt(counter, 16), node };
}

export function formatHlc(parts: HlcParts): Hlc {
  const { physical, counter, node } = parts;
  if (!Number.isSafeInteger(physical) || physical < 0 || physical > MAX_PHYSICAL) {
    throw new RangeError(`clock time out of range: ${physical}`);
  }
  if (!Number.isInteger(counter) || counter < 0 || counter > MAX_COUNTER) {
    throw new RangeError(`clock counter out of range: ${counter}`);
  }
  if (!NODE_ID_PATTERN.test(node)) throw new RangeError(`node id must be 16 lowercase hex digits: ${node}`);
  return `${String(physical).padStart(PHYSICAL_DIGITS, '0')}-${counter
    .toString(16)
    .padStart(COUNTER_DIGITS, '0')}-${node}`;
}

/** Orders stamps; the fixed-width format makes this plain string order. */
export function compareHlc(a: Hlc, b: Hlc): -1 | 0 | 1 {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** The later of the stamps; an absent stamp counts as earlier than any stamp. */
export function maxHlc(...stamps: readonly (Hlc | undefined)[]): Hlc | undefined {
  let max: Hlc | undefined;
  for (const stamp of stamps) {
    if (stamp !== undefined && (max === undefined || stamp > max)) max = stamp;
  }
  return max;
}

export function nodeOfHlc(stamp: Hlc): string {
  return parseHlc(stamp).node;
}

/** How far `stamp` runs ahead of the wall-clock reading `nowMs`, and whether that is beyond belief. */
export function skewOf(stamp: Hlc, nowMs: number): ClockObservation {
  const aheadByMs = Math.max(0, parseHlc(stamp).physical - nowMs);
  return { aheadByMs, implausible: aheadByMs > MAX_PLAUSIBLE_SKEW_MS };
}

export function createClock(nodeId: string, now: () => number = Date.now): Clock {
  if (!NODE_ID_PATTERN.test(nodeId)) throw new RangeError(`node id must be 16 lowercase hex digits: ${nodeId}`);
  let lastPhysical = 0;
  let lastCounter = -1;
  let largestSkew = 0;

  const wallClock = (): number => {
    const reading = Math.floor(now());
    // A broken clock source must not stop the plan from saving: the logical part still orders the stamps.
    return Number.isFinite(reading) && reading >= 0 ? reading : 0;
  };

  return {
    nodeId,
    tick(): Hlc {
      const wall = wallClock();
      if (wall > lastPhysical) {
        lastPhysical = wall;
        lastCounter = 0;
      } else if (lastCounter < MAX_COUNTER) {
        lastCounter += 1;
      } else {
        // The counter ran out within one millisecond: borrow the next millisecond rather than repeat a stamp.
        lastPhysical += 1;
        lastCounter = 0;
      }
      return formatHlc({ physical: lastPhysical, counter: lastCounter, node: nodeId });
    },
    observe(stamp: Hlc): ClockObservation {
      const parts = parseHlc(stamp);
      // Order must hold even against a clock that is far off, so the stamp is taken in regardless; the
      // caller decides whether to warn.
      if (parts.physical > lastPhysical || (parts.physical === lastPhysical && parts.counter > lastCounter)) {
        lastPhysical = parts.physical;
        lastCounter = parts.counter;
      }
      const observation = skewOf(stamp, wallClock());
      largestSkew = Math.max(largestSkew, observation.aheadByMs);
      return observation;
    },
    largestSkewMs(): number {
      return largestSkew;
    },
  };
}
