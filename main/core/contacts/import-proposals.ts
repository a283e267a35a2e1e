import { DraaiboekError } from '../../../shared/errors.js';
import type { ExternalOrganisation, Person } from '../../../shared/plan/entities.js';
import type { PlanDocument } from '../../../shared/plan/plan.js';
import type { Change } from '../../../shared/plan/sync/index.js';
import { normaliseName, PeopleIndex, proposeUpdate, toPlanPhone, type ContactMatch } from './contacts-matching.js';
import type { ContactsImportAction } from '../../../shared/plan/vocabularies.js';
import type { ContactsImportEntry } from './contacts-types.js';
import { publicContact, type ImportContact, type IncomingFromFile } from './incoming-contacts.js';
import { newPersonId } from './person-id.js';

/** Chooses what happens to one contact, given what the import proposes for it. */
export type DecideAction = (index: number, proposed: ContactsImportAction, match: ContactMatch | undefined) => ContactsImportAction;

export interface ImportProposals {
  readonly entries: readonly ContactsImportEntry[];
  /** The changes the chosen actions make, in file order: one `apply`, so one revision. */
  readonly changes: readonly Change[];
}

function organisationIdFor(organisations: readonly ExternalOrganisation[], name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const wanted = normaliseName(name);
  return organisations.find((organisation) => normaliseName(organisation.name) === wanted)?.id;
}

function newPerson(incoming: ImportContact, id: string, organisations: readonly ExternalOrganisation[]): Person {
  const person: Person = { id, name: incoming.name, emails: [...incoming.emails], phones: incoming.phones.map(toPlanPhone) };
  if (incoming.jobTitle !== undefined) person.jobTitle = incoming.jobTitle;
  const organisationId = organisationIdFor(organisations, incoming.organisation);
  if (organisationId !== undefined) person.organisationId = organisationId;
  return person;
}

function invalidDecision(index: number): DraaiboekError {
  return new DraaiboekError('CONTACTS_DECISION_INVALID', `no update possible for contact ${index}`, { index });
}

/**
 * Walks the file's contacts in order against the plan and turns each chosen action into changes. Later
 * contacts see what earlier ones did, so a person listed twice in a file is added once and then updated.
 */
export function proposeImport(
  document: PlanDocument,
  contacts: readonly IncomingFromFile[],
  decide: DecideAction,
): ImportProposals {
  const { people, organisations } = document.content;
  const index = new PeopleIndex(people);
  const taken = new Set([...people.map((person) => person.id), ...Object.keys(document.sync.tombstones.people ?? {})]);
  const entries: ContactsImportEntry[] = [];
  const changes: Change[] = [];
  for (const [position, { contact }] of contacts.entries()) {
    const match = index.match(contact);
    const update = match === undefined ? undefined : proposeUpdate(match.person, contact);
    const proposed: ContactsImportAction =
      update === undefined ? 'add' : update.changedFields.length > 0 ? 'update' : 'skip';
    const entry: ContactsImportEntry = {
      index: position,
      incoming: publicContact(contact),
      proposed,
      changedFields: update === undefined ? [] : [...update.changedFields],
    };
    if (match !== undefined) entry.match = { personId: match.person.id, name: match.person.name, reason: match.reason };
    if (match?.reason === 'name' && proposed === 'update') entry.confirmationNeeded = true;
    entries.push(entry);
    const action = decide(position, proposed, match);
    if (action === 'add') {
      const person = newPerson(contact, newPersonId(contact.name, taken), organisations);
      taken.add(person.id);
      changes.push({ op: 'create', collection: 'people', record: { ...person } });
      index.put(person);
    } else if (action === 'update') {
      if (match === undefined || update === undefined) throw invalidDecision(position);
      if (update.changedFields.length === 0) continue;
      changes.push({ op: 'update', collection: 'people', id: match.person.id, set: { ...update.set } });
      index.put({ ...match.person, ...update.set });
    }
  }
  return { entries, changes };
}
