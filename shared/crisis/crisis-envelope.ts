import { z } from 'zod';
import { hlcSchema } from '../plan/plan.js';
import {
  crisisEventDataSchemas,
  crisisEventIdSchema,
  crisisIdSchema,
  type CrisisEventBody,
  type CrisisEventKind,
} from './crisis-events.js';

/*
 * One event as it is stored and travels: `signed` is what the author device signed (Ed25519 over its RFC 8785
 * canonical form), `id` is the SHA-256 of that canonical form (so an event is its own address and a union of
 * logs cannot hold two versions of one id), `sig` the signature. `prev` chains each device's events: the id of
 * the same device's previous event in this crisis, null for its first; `seq` counts them from 1, so a gap or a
 * swap shows at the very event where it happens.
 */

export const CRISIS_EVENT_TYPE = 'draaiboek.crisis-event';
/** The format of a signed event; a reader refuses a newer one with a message to update. */
export const CRISIS_EVENT_SPEC_VERSION = 1;

export const keyidHexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'key id: 64 lowercase hex digits');

const signedHeaderShape = {
  _type: z.literal(CRISIS_EVENT_TYPE),
  specVersion: z.literal(CRISIS_EVENT_SPEC_VERSION),
  crisisId: crisisIdSchema,
  /** The author device's clock stamp: the order of the log. Its node is the first 16 hex digits of `device`. */
  hlc: hlcSchema,
  /** The author device's key id: who signed. */
  device: keyidHexSchema,
  seq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  prev: crisisEventIdSchema.nullable(),
};

function withHeader<K extends CrisisEventKind, D extends (typeof crisisEventDataSchemas)[K]>(kind: K, data: D) {
  return z.strictObject({ ...signedHeaderShape, kind: z.literal(kind), data });
}

const signedUnionSchema = z.discriminatedUnion('kind', [
  withHeader('activated', crisisEventDataSchemas.activated),
  withHeader('step-ticked', crisisEventDataSchemas['step-ticked']),
  withHeader('log-entry', crisisEventDataSchemas['log-entry']),
  withHeader('decision', crisisEventDataSchemas.decision),
  withHeader('bob-meeting', crisisEventDataSchemas['bob-meeting']),
  withHeader('availability', crisisEventDataSchemas.availability),
  withHeader('roll-call', crisisEventDataSchemas['roll-call']),
  withHeader('handover', crisisEventDataSchemas.handover),
  withHeader('closed', crisisEventDataSchemas.closed),
  withHeader('evaluation', crisisEventDataSchemas.evaluation),
]);

export const signedCrisisEventSchema = signedUnionSchema
  .refine((event) => event.hlc.endsWith(`-${event.device.slice(0, 16)}`), {
    message: 'the clock stamp is not the author device’s',
    path: ['hlc'],
  })
  .refine((event) => (event.seq === 1) === (event.prev === null), {
    message: 'only a device’s first event has no previous event',
    path: ['prev'],
  });

export type SignedCrisisEvent = z.infer<typeof signedUnionSchema>;
const signedMatchesBody: SignedCrisisEvent extends CrisisEventBody ? true : false = true;
void signedMatchesBody;

export const crisisEventSchema = z.strictObject({
  id: crisisEventIdSchema,
  sig: z.string().regex(/^[A-Za-z0-9+/]{86}==$/, 'an Ed25519 signature in base64'),
  signed: signedCrisisEventSchema,
});

/** A stored event. Only a verified one (id and signature checked) reaches the fold. */
export interface CrisisEvent {
  readonly id: string;
  readonly sig: string;
  readonly signed: SignedCrisisEvent;
}

/** The log's order: clock stamp, then device, then id; total, so every laptop folds the same sequence. */
export function compareCrisisEvents(a: CrisisEvent, b: CrisisEvent): number {
  if (a.signed.hlc !== b.signed.hlc) return a.signed.hlc < b.signed.hlc ? -1 : 1;
  if (a.signed.device !== b.signed.device) return a.signed.device < b.signed.device ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

/** The union of event sets (a grow-only set keyed by content address), in log order. */
export function mergeCrisisEvents(...logs: readonly (readonly CrisisEvent[])[]): CrisisEvent[] {
  const byId = new Map<string, CrisisEvent>();
  for (const log of logs) for (const event of log) if (!byId.has(event.id)) byId.set(event.id, event);
  return [...byId.values()].sort(compareCrisisEvents);
}
