import { readdir } from 'node:fs/promises';
import { compareCrisisEvents, mergeCrisisEvents, type CrisisEvent, type SignedCrisisEvent } from '../../../shared/crisis/crisis-envelope.js';
import type { CrisisEventBody } from '../../../shared/crisis/crisis-events.js';
import { DraaiboekError } from '../../../shared/errors.js';
import type { Clock } from '../../../shared/plan/sync/hlc.js';
import type { KeyLookup } from '../crypto/envelope.js';
import type { DeviceKeyPair } from '../crypto/keys.js';
import { folderAtRest, type AtRest } from '../store/at-rest.js';
import { dataDirLayout } from '../store/data-dir-layout.js';
import { lineOf, signCrisisEvent } from './crisis-event-codec.js';
import {
  appendLines,
  crisisDirOf,
  deviceLogPath,
  deviceOfLogFile,
  ensureCrisisDir,
  isCrisisDirName,
  readLogFile,
} from './crisis-log-file.js';
import { findForks, verifyDeviceChain, type LogProblem } from './verify-crisis-log.js';

/** A crisis log as read: the events that hold, merged in log order, and what was refused or flagged. */
export interface CrisisLog {
  readonly crisisId: string;
  readonly events: readonly CrisisEvent[];
  readonly problems: readonly LogProblem[];
  /** Per device: its chain's last event, where the next one links. */
  readonly heads: ReadonlyMap<string, { readonly id: string; readonly seq: number }>;
  /** Per device: the bytes of its file up to the last complete line (a torn tail lies beyond). */
  readonly completeBytes: ReadonlyMap<string, number>;
}

async function namesIn(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** The crises of a data folder: every `crises/<uuid>/` folder. */
export async function listCrisisIds(dataDir: string): Promise<string[]> {
  return (await namesIn(dataDirLayout(dataDir).crisesDir)).filter(isCrisisDirName).sort();
}

/**
 * Reads and verifies every device's log of a crisis. Reading never writes: a torn tail is only skipped. The
 * lines are opened as the folder's files lie at rest (by default as the folder opened in this process says).
 */
export async function readCrisisLog(dataDir: string, crisisId: string, lookup: KeyLookup, atRest: AtRest = folderAtRest(dataDir)): Promise<CrisisLog> {
  const names = (await namesIn(crisisDirOf(dataDir, crisisId))).sort();
  const chains: CrisisEvent[][] = [];
  const problems: LogProblem[] = [];
  const heads = new Map<string, { id: string; seq: number }>();
  const completeBytes = new Map<string, number>();
  for (const name of names) {
    const device = deviceOfLogFile(name);
    if (device === undefined) continue;
    const file = await readLogFile(deviceLogPath(dataDir, crisisId, device), atRest);
    completeBytes.set(device, file.completeBytes);
    const chain = verifyDeviceChain(file.lines, { crisisId, device, lookup });
    chains.push(chain.events);
    problems.push(...chain.problems);
    if (chain.head !== undefined) heads.set(device, chain.head);
  }
  const events = mergeCrisisEvents(...chains);
  problems.push(...findForks(events));
  return { crisisId, events, problems, heads, completeBytes };
}

/**
 * Writes crisis logs for one opened data folder: this device's events, signed and chained, and events of any
 * device taken in from elsewhere. Writes to one crisis run one after another through its queue, so two close
 * appends never interleave or link to the same previous event.
 */
export class CrisisLogWriter {
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly logs = new Map<string, CrisisLog>();
  /** How the files lay when the logs above were read: a conversion since rewrote them, and they are read anew. */
  private logsAtRest: AtRest | undefined;

  constructor(
    private readonly dataDir: string,
    private readonly key: () => Promise<DeviceKeyPair>,
    private readonly lookup: KeyLookup,
    private readonly clock: Clock,
    private readonly atRest: () => AtRest = () => folderAtRest(dataDir),
    /**
     * Runs a write where nothing rewrites the folder's files: turning encryption at rest on or off rewrites
     * every log whole, and an event appended meanwhile would be lost with the file it was appended to.
     */
    private readonly betweenRewrites: <T>(task: () => Promise<T>) => Promise<T> = (task) => task(),
  ) {}

  /** A write waits for any rewrite of the folder's files; a read (in a read-only folder too) does not need to. */
  private enqueue<T>(crisisId: string, task: () => Promise<T>, writes = true): Promise<T> {
    const previous = this.queues.get(crisisId) ?? Promise.resolve();
    const gated = writes ? () => this.betweenRewrites(task) : task;
    const run = previous.then(gated, gated);
    this.queues.set(
      crisisId,
      run.catch(() => undefined),
    );
    return run;
  }

  /** The log as this writer knows it; read from disk once, then kept up to date by its own writes. */
  private async log(crisisId: string): Promise<CrisisLog> {
    const atRest = this.atRest();
    if (atRest !== this.logsAtRest) {
      this.logs.clear();
      this.logsAtRest = atRest;
    }
    let log = this.logs.get(crisisId);
    if (log === undefined) {
      log = await readCrisisLog(this.dataDir, crisisId, this.lookup, atRest);
      this.logs.set(crisisId, log);
    }
    return log;
  }

  /** Lines are written in the form the held logs were read in, so their byte counts hold. */
  private writesAtRest(): AtRest {
    return this.logsAtRest ?? this.atRest();
  }

  /** The crisis as this writer holds it, read through the queue so it includes every finished write. */
  read(crisisId: string): Promise<CrisisLog> {
    return this.enqueue(crisisId, () => this.log(crisisId), false);
  }

  /** Signs and appends one event of this device; resolves with it once it is on disk. */
  append(crisisId: string, body: CrisisEventBody, options: { create?: boolean } = {}): Promise<CrisisEvent> {
    return this.enqueue(crisisId, async () => {
      const key = await this.key();
      if (options.create === true) await ensureCrisisDir(this.dataDir, crisisId);
      const log = await this.log(crisisId);
      if (options.create !== true && log.heads.size === 0 && log.events.length === 0) {
        throw new DraaiboekError('CRISIS_NOT_FOUND', `no crisis ${crisisId}`, { crisisId });
      }
      // The new event orders after everything this laptop has seen of the crisis, whatever its wall clock says.
      const latest = log.events.at(-1);
      if (latest !== undefined) this.clock.observe(latest.signed.hlc);
      const head = log.heads.get(key.keyid);
      const signed = {
        _type: 'draaiboek.crisis-event',
        specVersion: 1,
        crisisId,
        hlc: this.clock.tick(),
        device: key.keyid,
        seq: (head?.seq ?? 0) + 1,
        prev: head?.id ?? null,
        ...body,
      } as SignedCrisisEvent;
      const { event, line } = signCrisisEvent(signed, key);
      const path = deviceLogPath(this.dataDir, crisisId, key.keyid);
      const written = await appendLines(path, [line], this.writesAtRest(), log.completeBytes.get(key.keyid));
      this.remember(crisisId, log, [event], written);
      return event;
    });
  }

  /**
   * Takes in events verified elsewhere (from a bundle): each device's new events go to its own file, in chain
   * order. Events already held are skipped; one that takes a place in a device's chain that another event
   * already holds is not written (a fork), and is returned among the refused. Resolves once all are on disk.
   */
  takeIn(crisisId: string, incoming: readonly CrisisEvent[]): Promise<{ added: CrisisEvent[]; forks: CrisisEvent[] }> {
    return this.enqueue(crisisId, async () => {
      await ensureCrisisDir(this.dataDir, crisisId);
      const log = await this.log(crisisId);
      const known = new Set(log.events.map((event) => event.id));
      const places = new Map(log.events.map((event) => [`${event.signed.device}:${event.signed.seq}`, event.id]));
      const added: CrisisEvent[] = [];
      const forks: CrisisEvent[] = [];
      const byDevice = new Map<string, CrisisEvent[]>();
      for (const event of [...incoming].sort((a, b) => a.signed.seq - b.signed.seq || compareCrisisEvents(a, b))) {
        if (event.signed.crisisId !== crisisId || known.has(event.id)) continue;
        const place = `${event.signed.device}:${event.signed.seq}`;
        if (places.has(place)) {
          forks.push(event);
          continue;
        }
        places.set(place, event.id);
        known.add(event.id);
        added.push(event);
        byDevice.set(event.signed.device, [...(byDevice.get(event.signed.device) ?? []), event]);
      }
      for (const [device, events] of byDevice) {
        const written = await appendLines(deviceLogPath(this.dataDir, crisisId, device), events.map(lineOf), this.writesAtRest(), log.completeBytes.get(device));
        this.remember(crisisId, this.logs.get(crisisId) ?? log, events, written);
      }
      return { added, forks };
    });
  }

  private remember(crisisId: string, log: CrisisLog, events: readonly CrisisEvent[], bytes: number): void {
    const heads = new Map(log.heads);
    const completeBytes = new Map(log.completeBytes);
    for (const event of events) {
      const head = heads.get(event.signed.device);
      if (head === undefined || event.signed.seq > head.seq) heads.set(event.signed.device, { id: event.id, seq: event.signed.seq });
    }
    const device = events[0]?.signed.device;
    if (device !== undefined) completeBytes.set(device, (completeBytes.get(device) ?? 0) + bytes);
    const last = log.events.at(-1);
    const first = [...events].sort(compareCrisisEvents)[0];
    // A new event of this laptop sorts last (its clock saw every event before it): append without re-sorting.
    const merged =
      events.length === 1 && first !== undefined && (last === undefined || compareCrisisEvents(last, first) < 0)
        ? [...log.events, first]
        : mergeCrisisEvents(log.events, events);
    this.logs.set(crisisId, { ...log, events: merged, heads, completeBytes });
  }
}
