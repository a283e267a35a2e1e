import {
  collectionNames,
  stampedCollections,
  type PlanContent,
  type PlanDocument,
  type Stamps,
  type Tombstones,
} from '../plan.js';
import { compareKeys, conflictKey } from './conflict-key.js';

function byId<T extends { id: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => compareKeys(a.id, b.id));
}

function isSortedById(records: readonly { id: string }[]): boolean {
  for (let index = 1; index < records.length; index += 1) {
    const previous = records[index - 1];
    const current = records[index];
    if (previous !== undefined && current !== undefined && previous.id > current.id) return false;
  }
  return true;
}

/** The content with every collection sorted by record id. */
export function normalizeContent(content: PlanContent): PlanContent {
  const sorted: PlanContent = { ...content };
  for (const name of collectionNames) {
    const records: readonly { id: string }[] = content[name];
    if (!isSortedById(records)) {
      // Each collection keeps its own record type; the cast only restores what the loop variable loses.
      (sorted as Record<string, unknown>)[name] = byId(records);
    }
  }
  return sorted;
}

/** Stamps without empty maps: a record or collection with nothing stamped says nothing and is left out. */
function pruneStamps(stamps: Stamps): Stamps {
  const pruned: Stamps = {};
  for (const collection of stampedCollections) {
    const records = stamps[collection];
    if (records === undefined) continue;
    const kept: Record<string, Record<string, string>> = {};
    let count = 0;
    for (const [id, fields] of Object.entries(records)) {
      if (Object.keys(fields).length > 0) {
        kept[id] = fields;
        count += 1;
      }
    }
    if (count > 0) pruned[collection] = kept;
  }
  return pruned;
}

function pruneTombstones(tombstones: Tombstones): Tombstones {
  const pruned: Tombstones = {};
  for (const collection of collectionNames) {
    const records = tombstones[collection];
    if (records !== undefined && Object.keys(records).length > 0) pruned[collection] = records;
  }
  return pruned;
}

/**
 * One document, one form: records sorted by id, conflicts by key, no empty stamp or tombstone maps, so that
 * two copies holding the same plan serialise to the same bytes and sign to the same signature. Returns a new
 * document.
 */
export function normalizeDocument(doc: PlanDocument): PlanDocument {
  const conflicts = [...doc.sync.conflicts].sort((a, b) => compareKeys(conflictKey(a), conflictKey(b)));
  return {
    content: normalizeContent(doc.content),
    sync: {
      stamps: pruneStamps(doc.sync.stamps),
      tombstones: pruneTombstones(doc.sync.tombstones),
      versionVector: doc.sync.versionVector,
      conflicts,
    },
  };
}
