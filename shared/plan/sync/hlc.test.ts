import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hlcSchema } from '../plan.js';
import {
  MAX_PLAUSIBLE_SKEW_MS,
  compareHlc,
  createClock,
  formatHlc,
  maxHlc,
  nodeOfHlc,
  parseHlc,
} from './hlc.js';

const NODE = '0123456789abcdef';
const OTHER = 'fedcba9876543210';
const nodeArbitrary = fc.stringMatching(/^[0-9a-f]{16}$/);
const stampArbitrary = fc
  .record({
    physical: fc.integer({ min: 0, max: 10 ** 15 - 1 }),
    counter: fc.integer({ min: 0, max: 0xffff }),
    node: nodeArbitrary,
  })
  .map(formatHlc);

describe('hybrid logical clock', () => {
  it('writes stamps in the documented format and reads them back', () => {
    const stamp = createClock(NODE, () => 1_780_000_000_123).tick();
    expect(stamp).toBe('001780000000123-0000-0123456789abcdef');
    expect(hlcSchema.safeParse(stamp).success).toBe(true);
    expect(parseHlc(stamp)).toEqual({ physical: 1_780_000_000_123, counter: 0, node: NODE });
    expect(nodeOfHlc(stamp)).toBe(NODE);
  });

  it('refuses malformed stamps and node ids', () => {
    expect(() => parseHlc('1780000000123-0000-0123456789abcdef')).toThrow(RangeError);
    expect(() => createClock('ABCDEF0123456789')).toThrow(RangeError);
  });

  it('keeps counting when the wall clock stands still or goes back', () => {
    let now = 5_000;
    const clock = createClock(NODE, () => now);
    const first = clock.tick();
    now = 4_000;
    const second = clock.tick();
    expect(second > first).toBe(true);
    expect(parseHlc(second)).toMatchObject({ physical: 5_000, counter: 1 });
  });

  it('moves to the next millisecond when the counter runs out', () => {
    const clock = createClock(NODE, () => 7_000);
    let last = clock.tick();
    for (let index = 0; index < 0x10000; index += 1) {
      const next = clock.tick();
      expect(next > last).toBe(true);
      last = next;
    }
    expect(parseHlc(last)).toMatchObject({ physical: 7_001, counter: 0 });
  });

  it('stamps after every stamp it made or observed (property)', () => {
    const event = fc.oneof(
      fc.record({ kind: fc.constant('tick' as const), wall: fc.integer({ min: 0, max: 50 }) }),
      fc.record({ kind: fc.constant('observe' as const), stamp: stampArbitrary.filter((s) => parseHlc(s).physical < 10 ** 14) }),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), (events) => {
        let wall = 1_000;
        const clock = createClock(NODE, () => wall);
        let highest: string | undefined;
        for (const item of events) {
          if (item.kind === 'observe') {
            clock.observe(item.stamp);
            highest = maxHlc(highest, item.stamp);
          } else {
            wall += item.wall - 25;
            const stamp = clock.tick();
            if (highest !== undefined) expect(stamp > highest).toBe(true);
            highest = stamp;
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('orders stamps by their parts exactly as plain string order does (property)', () => {
    fc.assert(
      fc.property(stampArbitrary, stampArbitrary, (a, b) => {
        const left = parseHlc(a);
        const right = parseHlc(b);
        const byParts =
          Math.sign(left.physical - right.physical) ||
          Math.sign(left.counter - right.counter) ||
          (left.node === right.node ? 0 : left.node < right.node ? -1 : 1);
        expect(compareHlc(a, b)).toBe(byParts);
        expect(compareHlc(a, b)).toBe(a === b ? 0 : a < b ? -1 : 1);
        expect(formatHlc(left)).toBe(a);
      }),
      { numRuns: 1000 },
    );
  });

  it('takes the latest of several stamps, an absent one counting as earliest', () => {
    const early = formatHlc({ physical: 1, counter: 0, node: NODE });
    const late = formatHlc({ physical: 2, counter: 0, node: OTHER });
    expect(maxHlc(undefined, late, early)).toBe(late);
    expect(maxHlc()).toBeUndefined();
  });

  it('still orders after a stamp from a clock set years ahead, and reports the skew', () => {
    const now = 1_780_000_000_000;
    const clock = createClock(NODE, () => now);
    const fromTheFuture = formatHlc({ physical: now + 2 * MAX_PLAUSIBLE_SKEW_MS, counter: 3, node: OTHER });
    const observation = clock.observe(fromTheFuture);
    expect(observation).toEqual({ aheadByMs: 2 * MAX_PLAUSIBLE_SKEW_MS, implausible: true });
    expect(clock.largestSkewMs()).toBe(2 * MAX_PLAUSIBLE_SKEW_MS);
    expect(clock.tick() > fromTheFuture).toBe(true);
    const nearby = formatHlc({ physical: now + 60_000, counter: 0, node: OTHER });
    expect(createClock(NODE, () => now).observe(nearby)).toEqual({ aheadByMs: 60_000, implausible: false });
  });
});
