import type { CrisisEvent } from '../../../shared/crisis/crisis-envelope.js';
import { parseHlc } from '../../../shared/plan/sync/hlc.js';
import { canonicalJson } from '../crypto/canonical-json.js';
import type { KeyLookup } from '../crypto/envelope.js';
import type { OpenedDataDir } from '../data-dir/open-data-dir.js';
import { decodeCrisisEvent, type DecodedEvent } from './crisis-event-codec.js';
import { crisisWriterOf, CRISIS_CLOCK_AHEAD_MS } from './crisis-service.js';
import type { LogProblem } from './verify-crisis-log.js';

/*
 * Crisis events arriving from another laptop (in a bundle): each checked on its own by the log's rules, then
 * against this folder's log. Merging is the union of events: what this folder already holds is skipped, the
 * rest is new. An event that fails is refused and reported with its device and time; the others are kept.
 */

export interface IncomingCrisis {
  readonly crisisId: string;
  readonly events: readonly unknown[];
}

export interface CrisisImportProblem extends LogProblem {
  readonly crisisId: string;
}

export interface CrisisClockAhead {
  readonly crisisId: string;
  readonly device: string;
  readonly hlc: string;
  readonly aheadByMs: number;
}

export interface CrisisImportAnalysis {
  readonly crises: readonly { readonly crisisId: string; readonly newEvents: readonly CrisisEvent[] }[];
  readonly newEventCount: number;
  readonly problems: readonly CrisisImportProblem[];
  /** New events stamped more than a day ahead of this laptop's clock: kept, and shown as a clock problem. */
  readonly clockAhead: readonly CrisisClockAhead[];
}

/** One event from a bundle; a value that has no canonical form (a lone surrogate, say) is malformed, alone. */
function decodeIncoming(value: unknown, lookup: KeyLookup): DecodedEvent {
  let text: string;
  try {
    text = canonicalJson(value);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  return decodeCrisisEvent(text, lookup);
}

/** Reads nothing but this folder's logs and writes nothing. */
export async function analyseCrisisImport(opened: OpenedDataDir, incoming: readonly IncomingCrisis[], lookup: KeyLookup): Promise<CrisisImportAnalysis> {
  const nowMs = opened.platform.now().getTime();
  const crises: { crisisId: string; newEvents: CrisisEvent[] }[] = [];
  const problems: CrisisImportProblem[] = [];
  const clockAhead: CrisisClockAhead[] = [];
  for (const crisis of incoming) {
    const local = await crisisWriterOf(opened).read(crisis.crisisId);
    const known = new Set(local.events.map((event) => event.id));
    const places = new Map(local.events.map((event) => [`${event.signed.device}:${event.signed.seq}`, event.id]));
    const report = (problem: LogProblem): void => {
      problems.push({ crisisId: crisis.crisisId, ...problem });
    };
    const verified: CrisisEvent[] = [];
    for (const value of crisis.events) {
      const decoded = decodeIncoming(value, lookup);
      if (!decoded.ok) {
        const claimed = decoded.claimed ?? {};
        report({ reason: decoded.reason, ...claimed, ...(claimed.id === undefined ? {} : { eventId: claimed.id }), kept: false });
        continue;
      }
      const { event } = decoded;
      const where = { device: event.signed.device, hlc: event.signed.hlc, seq: event.signed.seq, eventId: event.id };
      if (event.signed.crisisId !== crisis.crisisId) {
        report({ reason: 'misplaced', ...where, kept: false });
        continue;
      }
      if (known.has(event.id)) continue;
      const place = `${event.signed.device}:${event.signed.seq}`;
      if (places.has(place)) {
        // The device signed two events for one place of its chain: the one this folder holds stays.
        report({ reason: 'fork', ...where, kept: false });
        continue;
      }
      known.add(event.id);
      places.set(place, event.id);
      verified.push(event);
    }
    // Links are checked once every event of the crisis is known, whatever order the bundle listed them in.
    for (const event of verified) {
      const { seq, prev, device } = event.signed;
      const before = seq === 1 ? null : places.get(`${device}:${seq - 1}`);
      if (before !== prev) {
        report({ reason: 'chain-broken', device, hlc: event.signed.hlc, seq, eventId: event.id, kept: true });
      }
      const aheadByMs = parseHlc(event.signed.hlc).physical - nowMs;
      if (aheadByMs > CRISIS_CLOCK_AHEAD_MS) clockAhead.push({ crisisId: crisis.crisisId, device, hlc: event.signed.hlc, aheadByMs });
    }
    if (verified.length > 0) crises.push({ crisisId: crisis.crisisId, newEvents: verified });
  }
  return { crises, newEventCount: crises.reduce((sum, crisis) => sum + crisis.newEvents.length, 0), problems, clockAhead };
}

/** Writes the new events of an analysis; each device's go to its own log, durably. */
export async function takeInCrisisEvents(opened: OpenedDataDir, analysis: CrisisImportAnalysis): Promise<{ crisisId: string; added: number; eventCount: number }[]> {
  const writer = crisisWriterOf(opened);
  const results: { crisisId: string; added: number; eventCount: number }[] = [];
  for (const crisis of analysis.crises) {
    const { added } = await writer.takeIn(crisis.crisisId, crisis.newEvents);
    results.push({ crisisId: crisis.crisisId, added: added.length, eventCount: (await writer.read(crisis.crisisId)).events.length });
  }
  return results;
}
