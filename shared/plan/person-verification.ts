import type { Person } from './entities.js';
import type { IsoDate } from './primitives.js';

/**
 * The last day a person's details were confirmed: the newer of the day set on the person (details confirmed
 * as a whole) and the newest day one of their numbers reached them (a call-tree test sets that per number).
 */
export function personLastVerified(person: Person): IsoDate | undefined {
  let newest = person.lastVerified;
  for (const phone of person.phones) {
    if (phone.lastVerified !== undefined && (newest === undefined || phone.lastVerified > newest)) newest = phone.lastVerified;
  }
  return newest;
}
