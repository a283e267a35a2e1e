import { MAX_PERSON_EMAILS, type EmailAddress, type Person, type Phone } from '../../../shared/plan/entities.js';
import type { ContactMatchReason } from './contacts-types.js';
import type { ImportContact, ImportPhone } from './incoming-contacts.js';

export interface ContactMatch {
  readonly person: Person;
  readonly reason: ContactMatchReason;
}

/** Names compare without case, spacing or Unicode-form differences; diacritics still count ("Renée" is not "Renee"). */
export function normaliseName(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('nl').replace(/\s+/g, ' ').trim();
}

function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Looks people up by email, number and name; the first person with a key keeps it. Keys point to ids, so a
 * person refreshed after an update is found in their newest state by any key, old or new.
 */
export class PeopleIndex {
  private readonly people = new Map<string, Person>();
  private readonly byEmail = new Map<string, string>();
  private readonly byPhone = new Map<string, string>();
  private readonly byName = new Map<string, string>();

  constructor(people: readonly Person[]) {
    for (const person of people) this.put(person);
  }

  /** Adds a person, or refreshes one after an update so later contacts of the same import see the new state. */
  put(person: Person): void {
    this.people.set(person.id, person);
    const keep = (map: Map<string, string>, key: string): void => {
      if (!map.has(key)) map.set(key, person.id);
    };
    for (const email of person.emails) keep(this.byEmail, normaliseEmail(email.address));
    for (const phone of person.phones) keep(this.byPhone, phone.number);
    keep(this.byName, normaliseName(person.name));
  }

  private found(id: string | undefined, reason: ContactMatchReason): ContactMatch | undefined {
    const person = id === undefined ? undefined : this.people.get(id);
    return person === undefined ? undefined : { person, reason };
  }

  /** Any shared address first (the most personal key), then any shared number, then the exact name. */
  match(incoming: ImportContact): ContactMatch | undefined {
    for (const email of incoming.emails) {
      const byEmail = this.found(this.byEmail.get(normaliseEmail(email.address)), 'email');
      if (byEmail !== undefined) return byEmail;
    }
    for (const phone of incoming.phones) {
      const byPhone = this.found(this.byPhone.get(phone.number), 'phone');
      if (byPhone !== undefined) return byPhone;
    }
    return this.found(this.byName.get(normaliseName(incoming.name)), 'name');
  }
}

export interface PersonUpdate {
  readonly set: Partial<Pick<Person, 'emails' | 'jobTitle' | 'phones'>>;
  readonly changedFields: readonly string[];
}

const MAX_PHONES_PER_PERSON = 20;

/**
 * What the file would change about a person. Only additions and corrections: numbers and addresses the plan
 * has and the file lacks stay, and the kind, private flag and consent of a number, or the kind and label of an
 * address, the plan has are never touched. A new private number enters without consent, so the plan's health
 * check asks for it.
 */
export function proposeUpdate(person: Person, incoming: ImportContact): PersonUpdate {
  const set: { emails?: EmailAddress[]; jobTitle?: string; phones?: Phone[] } = {};
  const knownEmails = new Set(person.emails.map((email) => normaliseEmail(email.address)));
  const addedEmails = incoming.emails
    .filter((email) => !knownEmails.has(normaliseEmail(email.address)))
    .slice(0, Math.max(0, MAX_PERSON_EMAILS - person.emails.length));
  if (addedEmails.length > 0) set.emails = [...person.emails, ...addedEmails];
  if (incoming.jobTitle !== undefined && incoming.jobTitle !== person.jobTitle) set.jobTitle = incoming.jobTitle;
  const known = new Set(person.phones.map((phone) => phone.number));
  const room = Math.max(0, MAX_PHONES_PER_PERSON - person.phones.length);
  const added = incoming.phones
    .filter((phone) => !known.has(phone.number))
    .slice(0, room)
    .map(toPlanPhone);
  if (added.length > 0) set.phones = [...person.phones, ...added];
  return { set, changedFields: Object.keys(set) };
}

export function toPlanPhone(phone: ImportPhone): Phone {
  return { number: phone.number, kind: phone.kind, private: phone.private === true };
}
