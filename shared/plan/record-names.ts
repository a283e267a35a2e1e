import { META_RECORD_ID, type CollectionName, type PlanContent, type StampedCollection } from './plan.js';
import { referenceField, referencedRecords } from './reference-fields.js';

type Fields = Readonly<Record<string, unknown>>;

// One collator for every list of names: `localeCompare` with a locale builds a collator per call, which made
// sorting thousands of names the slowest part of an impact analysis.
const dutchNames = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/**
 * The order of names in lists, pickers and documents: Dutch, case and accents aside, numbers by value
 * ("Locatie 2" before "Locatie 10"); names equal that way keep a fixed order by their code points.
 */
export function compareNames(a: string, b: string): number {
  return dutchNames.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * A call tree entry has no name of its own: it is known by the person it places, through its declared
 * `personId` reference.
 */
const namedThrough: Partial<Record<CollectionName, string>> = { callTree: 'personId' };

function ownName(collection: StampedCollection, record: Fields): string | undefined {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
  if (collection === 'exercises') {
    const title = text(record['title']);
    const date = text(record['date']);
    // Exercises repeat under one title year after year: the date tells them apart.
    return title === undefined ? undefined : date === undefined ? title : `${title} (${date})`;
  }
  // An improvement action is known by what it asks.
  return text(record['name']) ?? text(record['title']) ?? text(record['text']);
}

/**
 * What a person reads for a record in lists, pickers, health gaps and change previews: its name (the plan's
 * title for `meta`, an exercise's title and date, a call tree entry's person), else its id.
 */
export function recordNamer(content: PlanContent): (collection: StampedCollection, record: object) => string {
  const cache = new Map<CollectionName, Map<string, string>>();
  const namesOf = (collection: CollectionName): Map<string, string> => {
    let names = cache.get(collection);
    if (names === undefined) {
      names = new Map(content[collection].map((record) => [record.id, nameOf(collection, record)]));
      cache.set(collection, names);
    }
    return names;
  };
  function nameOf(collection: StampedCollection, record: object): string {
    const fields = record as Fields;
    const id = collection === 'meta' ? META_RECORD_ID : String(fields['id']);
    const own = ownName(collection, fields);
    if (own !== undefined) return own;
    const through = collection === 'meta' ? undefined : namedThrough[collection];
    const field = through === undefined ? undefined : referenceField(collection, through);
    if (field === undefined || field.target === collection) return id;
    const [target] = referencedRecords(record, field);
    return (target === undefined ? undefined : namesOf(target.target).get(target.id)) ?? target?.id ?? id;
  }
  return nameOf;
}

/** The records of a collection with the names people know them by, in plan order. */
export function recordLabels(content: PlanContent, collection: CollectionName): { id: string; label: string }[] {
  const nameOf = recordNamer(content);
  return content[collection].map((record) => ({ id: record.id, label: nameOf(collection, record) }));
}

/** Id to name, for one collection. */
export function recordNames(content: PlanContent, collection: CollectionName): ReadonlyMap<string, string> {
  return new Map(recordLabels(content, collection).map((entry) => [entry.id, entry.label]));
}
