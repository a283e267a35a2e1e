import { META_RECORD_ID, type PlanContent } from '../plan.js';
import { isDialablePhone } from '../phone-display.js';
import { healthGap, type HealthGap } from './health-codes.js';

/** One number of the plan at the field that holds it, with the record's name for messages. */
export interface PlanPhoneEntry {
  readonly collection: 'people' | 'organisations' | 'locations' | 'meta';
  readonly recordId: string;
  readonly record: string;
  readonly field: string;
  readonly number: string;
}

/**
 * Every number the plan holds, record by record: the one list the checks and the entry rule walk. `skip`
 * leaves out whole records (the entry rule skips those a change left untouched).
 */
export function planPhoneEntries(content: PlanContent, skip: (record: { readonly id: string }) => boolean = () => false): PlanPhoneEntry[] {
  const entries: PlanPhoneEntry[] = [];
  const add = (collection: PlanPhoneEntry['collection'], recordId: string, record: string, field: string, number: string | undefined) => {
    if (number !== undefined) entries.push({ collection, recordId, record, field, number });
  };
  for (const person of content.people) {
    if (skip(person)) continue;
    for (const phone of person.phones) add('people', person.id, person.name, 'phones', phone.number);
  }
  for (const organisation of content.organisations) {
    if (skip(organisation)) continue;
    add('organisations', organisation.id, organisation.name, 'phone', organisation.phone);
    add('organisations', organisation.id, organisation.name, 'line24x7', organisation.line24x7);
  }
  for (const location of content.locations) {
    if (!skip(location)) add('locations', location.id, location.name, 'phone', location.phone);
  }
  add('meta', META_RECORD_ID, content.meta.organisationName, 'generalPhone', content.meta.generalPhone);
  return entries;
}

export function phoneNotDialableGap(entry: PlanPhoneEntry): HealthGap {
  return healthGap('phoneNotDialable', entry.collection, entry.recordId, { record: entry.record, number: entry.number, field: entry.field });
}

/**
 * A number that cannot be dialled (a digit short, an unknown range) fails on the day it is needed. Entry and
 * import refuse such numbers; one already in a plan (signed before that rule, or from an older laptop) stays
 * readable and is named here, once per number, at the field that holds it.
 */
export function checkPhoneNotDialable(content: PlanContent): HealthGap[] {
  return planPhoneEntries(content)
    .filter((entry) => !isDialablePhone(entry.number))
    .map(phoneNotDialableGap);
}
