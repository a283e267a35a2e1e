import type { Conflict, Hlc, StampedCollection, VersionVector } from '../plan.js';
import type { RecordStamps } from './document-draft.js';
import { nodeOfHlc } from './hlc.js';
import { compareValues, fieldValue } from './json-value.js';

/** A copy's conflicts about one record: field -> stamp of the losing edit -> conflict. */
export type RecordConflicts = ReadonlyMap<string, ReadonlyMap<Hlc, Conflict>>;

/** A record's fields by name; the plan's meta is a record without an id. */
export type FieldValues = Readonly<Record<string, unknown>>;

/** One copy's view of one record, as far as merging is concerned. */
export interface RecordSide {
  /** Absent when this copy does not hold the record. */
  readonly record: FieldValues | undefined;
  readonly stamps: RecordStamps;
  readonly conflicts: RecordConflicts;
  readonly versionVector: VersionVector;
}

export interface MergedRecord {
  readonly record: FieldValues | undefined;
  readonly stamps: RecordStamps;
  readonly conflicts: Conflict[];
}

interface Register {
  readonly stamp: Hlc | undefined;
  readonly value: unknown;
}

function registerOf(side: RecordSide, field: string): Register {
  if (side.record === undefined) return { stamp: undefined, value: undefined };
  return { stamp: side.stamps[field], value: fieldValue(side.record, field) };
}

/** Orders two values of a field: by stamp (none counts lowest), and by value only when stamps tie. */
function compareRegisters(a: Register, b: Register): number {
  if (a.stamp !== b.stamp) {
    if (a.stamp === undefined) return -1;
    if (b.stamp === undefined) return 1;
    return a.stamp < b.stamp ? -1 : 1;
  }
  return compareValues(a.value, b.value);
}

/** Whether a copy has seen the edit with this stamp: its device's entry in the copy's vector reaches it. */
function hasSeen(versionVector: VersionVector, stamp: Hlc): boolean {
  const known = versionVector[nodeOfHlc(stamp)];
  return known !== undefined && known >= stamp;
}

interface Candidate {
  readonly value: unknown;
  readonly resolvedAt: Hlc | undefined;
}

/** The edits of one field a copy still holds: its current value and the losing values it keeps as conflicts. */
function candidatesOf(side: RecordSide, field: string): Map<Hlc, Candidate> {
  const candidates = new Map<Hlc, Candidate>();
  for (const [stamp, conflict] of side.conflicts.get(field) ?? []) {
    candidates.set(stamp, { value: conflict.value, resolvedAt: conflict.resolvedAt });
  }
  const register = registerOf(side, field);
  if (register.stamp !== undefined && !candidates.has(register.stamp)) {
    candidates.set(register.stamp, { value: register.value, resolvedAt: undefined });
  }
  return candidates;
}

function laterStamp(a: Hlc | undefined, b: Hlc | undefined): Hlc | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

function combine(a: Candidate | undefined, b: Candidate | undefined): Candidate {
  if (a === undefined || b === undefined) {
    const only = a ?? b;
    if (only === undefined) throw new Error('a candidate comes from at least one copy');
    return only;
  }
  // One stamp is one edit, so the values agree; should a damaged file make them differ, both copies still
  // pick the same one.
  const value = compareValues(a.value, b.value) >= 0 ? a.value : b.value;
  return { value, resolvedAt: laterStamp(a.resolvedAt, b.resolvedAt) };
}

/**
 * The losing edits of one field that stay conflicts. An edit stays while each copy either still holds it or
 * has never seen it. A copy that has seen an edit and no longer holds it let it go on purpose: someone there
 * saw it and wrote over it, or settled it. That knowledge travels with the copy's version vector, which keeps
 * the outcome the same whatever order copies meet in (the conflicts behave as a two-phase set). The plain
 * case is the one that matters most: a losing value its winner's copy had not seen is a conflict, one it had
 * seen was overwritten by a later edit.
 */
function survivingConflicts(
  collection: StampedCollection,
  recordId: string,
  field: string,
  winnerStamp: Hlc | undefined,
  a: RecordSide,
  b: RecordSide,
): Conflict[] {
  const fromA = candidatesOf(a, field);
  const fromB = candidatesOf(b, field);
  const stamps = new Set([...fromA.keys(), ...fromB.keys()]);
  const conflicts: Conflict[] = [];
  for (const stamp of stamps) {
    if (stamp === winnerStamp) continue;
    const inA = fromA.get(stamp);
    const inB = fromB.get(stamp);
    const droppedByA = inA === undefined && hasSeen(a.versionVector, stamp);
    const droppedByB = inB === undefined && hasSeen(b.versionVector, stamp);
    if (droppedByA || droppedByB) continue;
    const { value, resolvedAt } = combine(inA, inB);
    const conflict: Conflict = { collection, recordId, field, stamp };
    if (value !== undefined) conflict.value = value;
    if (resolvedAt !== undefined) conflict.resolvedAt = resolvedAt;
    conflicts.push(conflict);
  }
  return conflicts;
}

function fieldsOf(side: RecordSide, into: Set<string>): void {
  if (side.record !== undefined) {
    for (const field of Object.keys(side.record)) if (field !== 'id') into.add(field);
    for (const field of Object.keys(side.stamps)) into.add(field);
  }
  for (const field of side.conflicts.keys()) into.add(field);
}

/**
 * Merges one record field by field: the later stamp wins each field, and losing edits become or stay conflicts
 * as `survivingConflicts` decides. `fieldOrder` gives the merged record the schema's key order, whichever copy
 * came first.
 */
export function mergeRecord(
  collection: StampedCollection,
  recordId: string,
  a: RecordSide,
  b: RecordSide,
  fieldOrder: readonly string[],
): MergedRecord {
  const fields = new Set<string>();
  fieldsOf(a, fields);
  fieldsOf(b, fields);
  const ordered = [
    ...fieldOrder.filter((field) => fields.has(field)),
    ...[...fields].filter((field) => !fieldOrder.includes(field)).sort(),
  ];
  const exists = a.record !== undefined || b.record !== undefined;
  const record: Record<string, unknown> = {};
  if (exists && collection !== 'meta') record['id'] = recordId;
  const stamps: RecordStamps = {};
  const conflicts: Conflict[] = [];
  for (const field of ordered) {
    if (field === 'id') continue;
    const left = registerOf(a, field);
    const right = registerOf(b, field);
    const winner = compareRegisters(left, right) >= 0 ? left : right;
    if (exists && winner.value !== undefined) record[field] = winner.value;
    if (exists && winner.stamp !== undefined) stamps[field] = winner.stamp;
    conflicts.push(...survivingConflicts(collection, recordId, field, winner.stamp, a, b));
  }
  return { record: exists ? record : undefined, stamps, conflicts };
}
