import { formatHlc } from '../../plan/sync/hlc.js';
import type { CrisisEventBody } from '../crisis-events.js';
import { CRISIS_EVENT_SPEC_VERSION, CRISIS_EVENT_TYPE, type CrisisEvent, type SignedCrisisEvent } from '../crisis-envelope.js';

/*
 * Events for testing the fold, which works on events already verified: ids and signatures here are stand-ins
 * (the store's tests use real ones), the rest is exactly what a device writes.
 */

export const CRISIS_ID = '7d8f9a0b-1c2d-4e3f-8a5b-6c7d8e9f0a1b';

export function deviceKeyid(n: number): string {
  return n.toString(16).padStart(2, '0').repeat(32);
}

let counter = 0;
function standInId(): string {
  counter += 1;
  return counter.toString(16).padStart(64, 'e');
}

/** A device writing events with a clock stamp it is given: chained as a device chains them. */
export function createTestDevice(n: number, crisisId = CRISIS_ID) {
  const device = deviceKeyid(n);
  let seq = 0;
  let prev: string | null = null;
  return {
    device,
    write(physicalMs: number, body: CrisisEventBody, counterPart = 0): CrisisEvent {
      seq += 1;
      const signed = {
        _type: CRISIS_EVENT_TYPE,
        specVersion: CRISIS_EVENT_SPEC_VERSION,
        crisisId,
        hlc: formatHlc({ physical: physicalMs, counter: counterPart, node: device.slice(0, 16) }),
        device,
        seq,
        prev,
        ...body,
      } as SignedCrisisEvent;
      const event: CrisisEvent = { id: standInId(), sig: `${'A'.repeat(86)}==`, signed };
      prev = event.id;
      return event;
    },
  };
}
