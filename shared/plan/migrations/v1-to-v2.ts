import type { MigrationStep } from './migration-step.js';

/*
 * Version 2 gives a person a list of labelled e-mail addresses (`emails`) where version 1 held one `email`.
 * The one address becomes the first of the list, of kind `work`: the address a plan kept was the one to write
 * to at work. The field's change stamp and any merge conflict about it move along, so a copy migrated here
 * still merges exactly with a copy migrated on another laptop.
 */

const MIGRATED_KIND = 'work';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function objectAt(parent: unknown, key: string): Record<string, unknown> | undefined {
  const value = isObject(parent) ? parent[key] : undefined;
  return isObject(value) ? value : undefined;
}

function addressList(email: unknown): unknown {
  return typeof email === 'string' ? [{ address: email, kind: MIGRATED_KIND }] : email;
}

function migratePeople(content: Record<string, unknown> | undefined): void {
  const people = content?.['people'];
  if (!Array.isArray(people)) return;
  for (const person of people) {
    if (!isObject(person) || !('email' in person)) continue;
    person['emails'] = addressList(person['email']);
    delete person['email'];
  }
}

function migrateStamps(sync: Record<string, unknown> | undefined): void {
  const people = objectAt(objectAt(sync, 'stamps'), 'people');
  if (people === undefined) return;
  for (const fields of Object.values(people)) {
    if (!isObject(fields) || !('email' in fields)) continue;
    fields['emails'] = fields['email'];
    delete fields['email'];
  }
}

function migrateConflicts(sync: Record<string, unknown> | undefined): void {
  const conflicts = sync?.['conflicts'];
  if (!Array.isArray(conflicts)) return;
  for (const conflict of conflicts) {
    if (!isObject(conflict) || conflict['collection'] !== 'people' || conflict['field'] !== 'email') continue;
    conflict['field'] = 'emails';
    // An absent value means the losing edit cleared the address; it stays absent.
    if ('value' in conflict) conflict['value'] = addressList(conflict['value']);
  }
}

/**
 * Plan content without its envelope, as `show --json` wrote it in version 1 (it carries no version): the same
 * step for its people, so a plan kept as such a file can still be imported.
 */
export function contentV1ToV2(content: unknown): unknown {
  if (!isObject(content)) return content;
  // Parsed JSON in, so a JSON round trip is a full copy (shared code has no structuredClone in its types).
  const copy = JSON.parse(JSON.stringify(content)) as Record<string, unknown>;
  migratePeople(copy);
  return copy;
}

export const v1ToV2: MigrationStep = {
  from: 1,
  to: 2,
  migrate(signed) {
    if (!isObject(signed)) return signed;
    const plan = objectAt(signed, 'plan');
    migratePeople(objectAt(plan, 'content'));
    const sync = objectAt(plan, 'sync');
    migrateStamps(sync);
    migrateConflicts(sync);
    signed['specVersion'] = 2;
    return signed;
  },
};
