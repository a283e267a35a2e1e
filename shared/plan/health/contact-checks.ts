import type { IsoDate } from '../primitives.js';
import type { PlanContent } from '../plan.js';
import { personLastVerified } from '../person-verification.js';
import { healthGap, type HealthGap } from './health-codes.js';

/** The same calendar day one year earlier; plain string order of ISO dates is calendar order. */
function oneYearBefore(day: IsoDate): IsoDate {
  const year = Number(day.slice(0, 4)) - 1;
  return `${String(year).padStart(4, '0')}${day.slice(4)}`;
}

export function checkPersonNeverVerified(content: PlanContent): HealthGap[] {
  return content.people
    .filter((person) => personLastVerified(person) === undefined)
    .map((person) => healthGap('personNeverVerified', 'people', person.id, { person: person.name }));
}

/** Phone numbers go stale: details nobody confirmed for twelve months are not to be trusted in a crisis. */
export function checkPersonVerificationStale(content: PlanContent, today: IsoDate): HealthGap[] {
  const limit = oneYearBefore(today);
  const gaps: HealthGap[] = [];
  for (const person of content.people) {
    const lastVerified = personLastVerified(person);
    if (lastVerified !== undefined && lastVerified <= limit) {
      gaps.push(healthGap('personVerificationStale', 'people', person.id, { person: person.name, lastVerified }));
    }
  }
  return gaps;
}

/** A private number is personal data; keeping it without recorded consent has no basis under the AVG. */
export function checkPrivatePhoneWithoutConsent(content: PlanContent): HealthGap[] {
  const gaps: HealthGap[] = [];
  for (const person of content.people) {
    const count = person.phones.filter((phone) => phone.private && phone.consentRecordedOn === undefined).length;
    if (count > 0) {
      gaps.push(healthGap('privatePhoneWithoutConsent', 'people', person.id, { person: person.name, count }));
    }
  }
  return gaps;
}
