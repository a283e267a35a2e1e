import { createHash, sign, verify } from 'node:crypto';
import { CRISIS_EVENT_SPEC_VERSION, crisisEventSchema, type CrisisEvent, type SignedCrisisEvent } from '../../../shared/crisis/crisis-envelope.js';
import type { CrisisProblemReason } from '../../../shared/crisis/crisis-contract.js';
import { canonicalJson } from '../crypto/canonical-json.js';
import type { KeyLookup } from '../crypto/envelope.js';
import type { DeviceKeyPair } from '../crypto/keys.js';

/*
 * An event's bytes: the line `{"id":…,"sig":…,"signed":<canonical signed>}`, itself canonical JSON. The id is
 * the SHA-256 of the canonical signed text and the signature is Ed25519 over the same text, so a reader that
 * finds the line in the shape a writer makes checks the hash and the signature over the bytes as they are,
 * before parsing them: bytes under a valid signature are exactly what the signer made.
 */

const ID_PREFIX = '{"id":"';
const SIG_PREFIX = '","sig":"';
const SIGNED_PREFIX = '","signed":';
const ID_LENGTH = 64;
const SIG_LENGTH = 88;
const SIGNED_START = ID_PREFIX.length + ID_LENGTH + SIG_PREFIX.length + SIG_LENGTH + SIGNED_PREFIX.length;

export function eventIdOf(canonicalSigned: string): string {
  return createHash('sha256').update(canonicalSigned, 'utf8').digest('hex');
}

/** Signs an event: its canonical form, its id (the hash of that form), and the line that stores it. */
export function signCrisisEvent(signed: SignedCrisisEvent, key: DeviceKeyPair): { event: CrisisEvent; line: string } {
  const canonicalSigned = canonicalJson(signed);
  const id = eventIdOf(canonicalSigned);
  const sig = sign(null, Buffer.from(canonicalSigned, 'utf8'), key.privateKey).toString('base64');
  return { event: { id, sig, signed }, line: `${ID_PREFIX}${id}${SIG_PREFIX}${sig}${SIGNED_PREFIX}${canonicalSigned}}` };
}

/** The stored line of an event (canonical JSON of the whole event). */
export function lineOf(event: CrisisEvent): string {
  return `${ID_PREFIX}${event.id}${SIG_PREFIX}${event.sig}${SIGNED_PREFIX}${canonicalJson(event.signed)}}`;
}

export type DecodedEvent =
  | { readonly ok: true; readonly event: CrisisEvent }
  | {
      readonly ok: false;
      readonly reason: CrisisProblemReason;
      /** What could be read of the event despite the refusal, for the report and the chain. */
      readonly claimed?: { readonly id?: string; readonly device?: string; readonly hlc?: string; readonly seq?: number };
    };

function claimedOf(value: unknown): { id?: string; device?: string; hlc?: string; seq?: number } {
  if (value === null || typeof value !== 'object') return {};
  const record = value as { id?: unknown; signed?: unknown };
  const signed = (record.signed !== null && typeof record.signed === 'object' ? record.signed : {}) as Record<string, unknown>;
  const text = (candidate: unknown, pattern: RegExp): string | undefined =>
    typeof candidate === 'string' && pattern.test(candidate) ? candidate : undefined;
  const id = text(record.id, /^[0-9a-f]{64}$/);
  const device = text(signed.device, /^[0-9a-f]{64}$/);
  const hlc = text(signed.hlc, /^\d{15}-[0-9a-f]{4}-[0-9a-f]{16}$/);
  const seq = typeof signed.seq === 'number' && Number.isSafeInteger(signed.seq) ? signed.seq : undefined;
  return {
    ...(id === undefined ? {} : { id }),
    ...(device === undefined ? {} : { device }),
    ...(hlc === undefined ? {} : { hlc }),
    ...(seq === undefined ? {} : { seq }),
  };
}

function signatureHolds(canonicalSigned: string, sig: string, device: string, lookup: KeyLookup): 'ok' | CrisisProblemReason {
  const known = lookup(device);
  if (known === undefined) return 'signer-unknown';
  try {
    return verify(null, Buffer.from(canonicalSigned, 'utf8'), known.publicKey, Buffer.from(sig, 'base64')) ? 'ok' : 'signature-invalid';
  } catch {
    return 'signature-invalid';
  }
}

/**
 * One event from its text (a log line, or an event from a bundle as JSON text), checked on its own: shape,
 * format version, id, and the signature by the device it names, which must be trusted. Its place in the
 * device's chain is checked by the caller, who knows the neighbours.
 */
export function decodeCrisisEvent(text: string, lookup: KeyLookup): DecodedEvent {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const claimed = claimedOf(value);
  const parsed = crisisEventSchema.safeParse(value);
  if (!parsed.success) {
    const specVersion = (value as { signed?: { specVersion?: unknown } } | null)?.signed?.specVersion;
    const newer = typeof specVersion === 'number' && specVersion > CRISIS_EVENT_SPEC_VERSION;
    return { ok: false, reason: newer ? 'spec-too-new' : 'malformed', claimed };
  }
  const event = parsed.data as CrisisEvent;
  // The writer's shape: the signed text is the line's own bytes. Anything else (a line re-indented or with
  // its keys reordered) is canonicalized first, and still verifies.
  const fast =
    text.startsWith(ID_PREFIX) &&
    text.endsWith('}') &&
    text.startsWith(SIG_PREFIX, ID_PREFIX.length + ID_LENGTH) &&
    text.startsWith(SIGNED_PREFIX, SIGNED_START - SIGNED_PREFIX.length);
  let canonicalSigned = fast ? text.slice(SIGNED_START, -1) : canonicalJson(event.signed);
  let idHolds = eventIdOf(canonicalSigned) === event.id;
  if (fast && !idHolds) {
    canonicalSigned = canonicalJson(event.signed);
    idHolds = eventIdOf(canonicalSigned) === event.id;
  }
  if (!idHolds) return { ok: false, reason: 'id-mismatch', claimed };
  const verdict = signatureHolds(canonicalSigned, event.sig, event.signed.device, lookup);
  if (verdict !== 'ok') return { ok: false, reason: verdict, claimed };
  return { ok: true, event };
}
