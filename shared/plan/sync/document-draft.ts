import type { PlanMeta } from '../meta.js';
import {
  type CollectionName,
  type Conflict,
  type Hlc,
  type PlanContent,
  type PlanDocument,
  type StampedCollection,
  type Stamps,
  type Tombstones,
  type VersionVector,
} from '../plan.js';
import { noteStamp } from './sync-clock.js';

export type FlatRecord = { id: string } & Record<string, unknown>;
export type RecordStamps = Record<string, Hlc>;

interface CollectionDraft {
  /** Copied on first touch; a deleted record leaves a hole that `finish` closes. */
  readonly records: (FlatRecord | undefined)[];
  readonly indexById: Map<string, number>;
}

/**
 * A working copy of a document that copies only what a change touches, so a batch of changes to a large plan
 * costs in proportion to the batch. The input document is never written to: when a change fails, the draft is
 * dropped and the caller still holds the untouched original.
 */
export class DocumentDraft {
  private readonly source: PlanDocument;
  private readonly collections = new Map<CollectionName, CollectionDraft>();
  private meta: PlanMeta;
  private readonly stamps: Stamps;
  private readonly copiedStampCollections = new Set<StampedCollection>();
  private readonly tombstones: Tombstones;
  private readonly copiedTombstoneCollections = new Set<CollectionName>();
  private readonly versionVector: VersionVector;
  private readonly deleted = new Set<string>();

  constructor(source: PlanDocument) {
    this.source = source;
    this.meta = source.content.meta;
    this.stamps = { ...source.sync.stamps };
    this.tombstones = { ...source.sync.tombstones };
    this.versionVector = { ...source.sync.versionVector };
  }

  private collection(name: CollectionName): CollectionDraft {
    let draft = this.collections.get(name);
    if (draft === undefined) {
      const records = [...(this.source.content[name] as readonly FlatRecord[])];
      const indexById = new Map<string, number>();
      records.forEach((record, index) => indexById.set(record.id, index));
      draft = { records, indexById };
      this.collections.set(name, draft);
    }
    return draft;
  }

  getRecord(name: CollectionName, id: string): FlatRecord | undefined {
    const draft = this.collection(name);
    const index = draft.indexById.get(id);
    return index === undefined ? undefined : draft.records[index];
  }

  isTombstoned(name: CollectionName, id: string): boolean {
    return this.tombstones[name]?.[id] !== undefined;
  }

  putRecord(name: CollectionName, record: FlatRecord): void {
    const draft = this.collection(name);
    const index = draft.indexById.get(record.id);
    if (index === undefined) {
      draft.indexById.set(record.id, draft.records.length);
      draft.records.push(record);
    } else {
      draft.records[index] = record;
    }
  }

  removeRecord(name: CollectionName, id: string, stamp: Hlc): void {
    const draft = this.collection(name);
    const index = draft.indexById.get(id);
    if (index !== undefined) {
      draft.records[index] = undefined;
      draft.indexById.delete(id);
    }
    this.stampsOf(name);
    delete this.stamps[name]?.[id];
    if (!this.copiedTombstoneCollections.has(name)) {
      this.tombstones[name] = { ...this.tombstones[name] };
      this.copiedTombstoneCollections.add(name);
    }
    const tombstones = this.tombstones[name];
    if (tombstones !== undefined) tombstones[id] = stamp;
    this.deleted.add(`${name}/${id}`);
    noteStamp(this.versionVector, stamp);
  }

  getMeta(): PlanMeta {
    return this.meta;
  }

  putMeta(meta: PlanMeta): void {
    this.meta = meta;
  }

  private stampsOf(name: StampedCollection): Record<string, RecordStamps> {
    if (!this.copiedStampCollections.has(name)) {
      this.stamps[name] = { ...this.stamps[name] };
      this.copiedStampCollections.add(name);
    }
    return this.stamps[name] ?? {};
  }

  recordStamps(name: StampedCollection, id: string): RecordStamps {
    return this.stamps[name]?.[id] ?? {};
  }

  /** Stamps the given fields of one record with one stamp; other fields keep theirs. */
  stampFields(name: StampedCollection, id: string, fields: Iterable<string>, stamp: Hlc, replace = false): void {
    const collectionStamps = this.stampsOf(name);
    const next: RecordStamps = replace ? {} : { ...collectionStamps[id] };
    for (const field of fields) next[field] = stamp;
    collectionStamps[id] = next;
    noteStamp(this.versionVector, stamp);
  }

  finish(): PlanDocument {
    const content: PlanContent = { ...this.source.content, meta: this.meta };
    for (const [name, draft] of this.collections) {
      const records = draft.records.filter((record): record is FlatRecord => record !== undefined);
      // The records were checked against this collection's schema when they entered the draft.
      (content as Record<string, unknown>)[name] = records;
    }
    const conflicts: Conflict[] =
      this.deleted.size === 0
        ? this.source.sync.conflicts
        : this.source.sync.conflicts.filter(
            (conflict) => !this.deleted.has(`${conflict.collection}/${conflict.recordId}`),
          );
    return {
      content,
      sync: {
        stamps: this.stamps,
        tombstones: this.tombstones,
        versionVector: this.versionVector,
        conflicts,
      },
    };
  }
}
