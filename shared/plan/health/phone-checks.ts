import { META_RECORD_ID, type PlanContent } from '../plan.js';
import { isDialablePhone } from '../phone-display.js';
import { healthGap, type HealthGap } from './health-codes.js';

/**
 * A number that cannot be dialled (a digit short, an unknown range) fails on the day it is needed. Entry and
 * import refuse such numbers; one already in a plan (signed before that rule, or from an older laptop) stays
 * readable and is named here, once per number, at the field that holds it.
 */
export function checkPhoneNotDialable(content: PlanContent): HealthGap[] {
  const gaps: HealthGap[] = [];
  const report = (collection: 'people' | 'organisations' | 'locations' | 'meta', recordId: string, record: string, field: string, number: string | undefined) => {
    if (number !== undefined && !isDialablePhone(number)) gaps.push(healthGap('phoneNotDialable', collection, recordId, { record, number, field }));
  };
  for (const person of content.people) {
    for (const phone of person.phones) report('people', person.id, person.name, 'phones', phone.number);
  }
  for (const organisation of content.organisations) {
    report('organisations', organisation.id, organisation.name, 'phone', organisation.phone);
    report('organisations', organisation.id, organisation.name, 'line24x7', organisation.line24x7);
  }
  for (const location of content.locations) report('locations', location.id, location.name, 'phone', location.phone);
  report('meta', META_RECORD_ID, content.meta.organisationName, 'generalPhone', content.meta.generalPhone);
  return gaps;
}
