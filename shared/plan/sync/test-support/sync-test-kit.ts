import canonicalize from 'canonicalize';
import type { PlanContentInput, PlanDocument } from '../../plan.js';
import { normalizeDocument } from '../canonical-order.js';
import { createClock, type Clock } from '../hlc.js';

/*
 * Shared by the tests of this folder: a small plan, fixed device ids and a wall clock the test moves by hand.
 * Not used by the product.
 */

export const BASE_NODE = '0000000000000b5e';
export const NODE_A = '00000000000000a1';
export const NODE_B = '00000000000000b2';
export const NODE_C = '00000000000000c3';

export function smallPlan(): PlanContentInput {
  return {
    meta: {
      organisationName: 'Gemeente Voorbeeldstad',
      title: 'Bedrijfscontinuïteitsplan',
      classification: 'Intern',
      versionLabel: '1.0',
    },
    people: [
      {
        id: 'p-anna',
        name: 'Anna de Vries',
        jobTitle: 'Gemeentesecretaris',
        phones: [{ number: '+31612345678', kind: 'mobile' }],
      },
      { id: 'p-bram', name: 'Bram Jansen', phones: [{ number: '+31201234567', kind: 'work' }] },
    ],
    roles: [{ id: 'rol-burgemeester', name: 'Burgemeester', team: 'GBT', mayActivate: true }],
  };
}

/** A wall clock that stands still until the test moves it. */
export class ManualTime {
  ms = 1_780_000_000_000;
  advance(by: number): void {
    this.ms += by;
  }
}

export function clockAt(node: string, time: ManualTime, skewMs = 0): Clock {
  return createClock(node, () => time.ms + skewMs);
}

/** Compares documents the way the laws are stated: canonical JSON of the normalised document. */
export function canonicalDocument(doc: PlanDocument): string {
  return canonicalize(normalizeDocument(doc)) ?? '';
}
