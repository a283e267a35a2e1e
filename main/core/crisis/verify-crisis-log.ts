import type { CrisisEvent } from '../../../shared/crisis/crisis-envelope.js';
import type { CrisisProblemReason } from '../../../shared/crisis/crisis-contract.js';
import type { KeyLookup } from '../crypto/envelope.js';
import { decodeCrisisEvent } from './crisis-event-codec.js';

/*
 * Verifying a crisis log event by event. Each event must hold on its own (shape, id = hash of its signed form,
 * signature by a trusted device): one that does not is refused and reported, and the others stay. Then its place:
 * a device's events form a chain (`seq` counts up by one, `prev` names the previous event's id), checked against
 * the line before it as that line claims to be, so one altered event is reported alone, while a deleted,
 * inserted or moved event shows as a broken link at the event where the chain breaks. An event whose own
 * signature holds but whose link is broken is kept (it is genuine; what is missing or moved is reported).
 */

export interface LogProblem {
  readonly reason: CrisisProblemReason;
  readonly device?: string;
  readonly hlc?: string;
  readonly seq?: number;
  readonly eventId?: string;
  readonly line?: number;
  readonly kept: boolean;
}

export interface VerifiedChain {
  readonly events: CrisisEvent[];
  readonly problems: LogProblem[];
  /** The device's last event that holds, by its place in the chain: the next event links to it. */
  readonly head?: { readonly id: string; readonly seq: number };
}

export interface ChainContext {
  readonly crisisId: string;
  /** The device whose file this is: every event in it must be that device's. */
  readonly device: string;
  readonly lookup: KeyLookup;
}

/** Verifies one device's log, line by line, in file order. */
export function verifyDeviceChain(lines: readonly string[], context: ChainContext): VerifiedChain {
  const events: CrisisEvent[] = [];
  const problems: LogProblem[] = [];
  let previous: { id?: string; seq?: number } | undefined;
  let head: { id: string; seq: number } | undefined;
  lines.forEach((text, index) => {
    const line = index + 1;
    const decoded = decodeCrisisEvent(text, context.lookup);
    if (!decoded.ok) {
      const claimed = decoded.claimed ?? {};
      problems.push({ reason: decoded.reason, ...claimed, ...(claimed.id === undefined ? {} : { eventId: claimed.id }), device: claimed.device ?? context.device, line, kept: false });
      previous = { ...(claimed.id === undefined ? {} : { id: claimed.id }), ...(claimed.seq === undefined ? {} : { seq: claimed.seq }) };
      return;
    }
    const { event } = decoded;
    const { signed } = event;
    const where = { device: signed.device, hlc: signed.hlc, seq: signed.seq, eventId: event.id, line };
    if (signed.device !== context.device || signed.crisisId !== context.crisisId) {
      problems.push({ reason: 'misplaced', ...where, kept: false });
      return;
    }
    const linkHolds =
      previous === undefined ? signed.seq === 1 && signed.prev === null : signed.prev === previous.id && signed.seq === (previous.seq ?? Number.NaN) + 1;
    if (!linkHolds) problems.push({ reason: 'chain-broken', ...where, kept: true });
    events.push(event);
    if (head === undefined || signed.seq > head.seq) head = { id: event.id, seq: signed.seq };
    previous = { id: event.id, seq: signed.seq };
  });
  return { events, problems, ...(head === undefined ? {} : { head }) };
}

/**
 * Two different events of one device at one place of its chain: the device signed both (a folder restored from
 * an old backup and written again, or a forged copy of its key). Both are genuine and kept; the later is reported.
 */
export function findForks(events: readonly CrisisEvent[]): LogProblem[] {
  const byPlace = new Map<string, string>();
  const problems: LogProblem[] = [];
  for (const event of events) {
    const place = `${event.signed.device}:${event.signed.seq}`;
    const known = byPlace.get(place);
    if (known === undefined) byPlace.set(place, event.id);
    else if (known !== event.id) {
      problems.push({ reason: 'fork', device: event.signed.device, hlc: event.signed.hlc, seq: event.signed.seq, eventId: event.id, kept: true });
    }
  }
  return problems;
}
