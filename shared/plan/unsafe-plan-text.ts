import { DraaiboekError } from '../errors.js';
import { firstUnsafePlanCharacter, visibleEscape } from '../text-safety.js';
import type { Change } from './sync/changes.js';
import type { PlanContent } from './plan.js';

/** Fields that are one line wherever they appear: a tab or line break there would be a forged line. */
const ONE_LINE_FIELDS: ReadonlySet<string> = new Set([
  'name', 'title', 'organisationName', 'jobTitle', 'department', 'team', 'label', 'classification', 'versionLabel',
  'approvedBy', 'contractNumber', 'source', 'author', 'email', 'number',
]);

interface Found {
  readonly field: string;
  readonly character: string;
}

/** Walks a value as JSON; `field` is the nearest property name (a string in a list belongs to its list). */
function findIn(value: unknown, path: string, field: string): Found | undefined {
  if (typeof value === 'string') {
    const character = firstUnsafePlanCharacter(value, !ONE_LINE_FIELDS.has(field));
    return character === undefined ? undefined : { field: path, character };
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findIn(item, `${path}.${index}`, field);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const found = findIn(item, path === '' ? key : `${path}.${key}`, key);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

function refusal(found: Found): DraaiboekError<'PLAN_TEXT_UNSAFE'> {
  return new DraaiboekError('PLAN_TEXT_UNSAFE', `${found.field} holds ${visibleEscape(found.character)}`, {
    field: found.field,
    character: visibleEscape(found.character),
  });
}

/** Where a record or the meta is named in a field path: `people.p-henk.name`, `meta.title`. */
function recordPath(change: Change): string {
  switch (change.op) {
    case 'create': {
      const id = change.record['id'];
      return `${change.collection}.${typeof id === 'string' ? id : 'new'}`;
    }
    case 'update':
    case 'delete':
      return `${change.collection}.${change.id}`;
    case 'updateMeta':
      return 'meta';
  }
}

/** Refuses edits that would put a control character or a bidi override into the plan, naming the field. */
export function assertSafeTextInChanges(changes: readonly Change[]): void {
  for (const change of changes) {
    const values = change.op === 'create' ? change.record : change.op === 'delete' ? {} : change.set;
    const found = findIn(values, recordPath(change), '');
    if (found !== undefined) throw refusal(found);
  }
}

/** The same rule for a whole plan's content, fields named by record id: `people.p-henk.notes`. */
export function assertSafeTextInContent(content: PlanContent): void {
  const { meta, ...collections } = content;
  const inMeta = findIn(meta, 'meta', '');
  if (inMeta !== undefined) throw refusal(inMeta);
  for (const [collection, records] of Object.entries(collections)) {
    for (const record of records) {
      const found = findIn(record, `${collection}.${record.id}`, '');
      if (found !== undefined) throw refusal(found);
    }
  }
}
