import { sign, verify } from 'node:crypto';
import { mkdir, open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CrisisEventBody } from '../shared/crisis/crisis-events.js';
import type { SignedCrisisEvent } from '../shared/crisis/crisis-envelope.js';
import { foldCrisis } from '../shared/crisis/fold-crisis.js';
import { planContentSchema } from '../shared/plan/plan.js';
import { formatHlc } from '../shared/plan/sync/hlc.js';
import { signCrisisEvent } from '../main/core/crisis/crisis-event-codec.js';
import { crisisDirOf, deviceLogPath } from '../main/core/crisis/crisis-log-file.js';
import { readCrisisLog } from '../main/core/crisis/crisis-log-store.js';
import { lookupOf, testLaptop } from '../main/core/crisis/test-support/crisis-test-kit.js';
import { generateDeviceKeyPair, publicKeyFromRaw, type DeviceKeyPair } from '../main/core/crypto/keys.js';
import { makeTempDir } from '../main/core/test-support/temp-data-dir.js';
import { median, type BenchRow } from './measure.js';

const CRISIS_ID = '7d8f9a0b-1c2d-4e3f-8a5b-6c7d8e9f0a1b';
const APPEND_ROUNDS = 200;
const OPEN_ROUNDS = 7;
const EVENTS = 10_000;
const LAPTOPS = 3;

function entry(round: number): CrisisEventBody {
  return {
    kind: 'log-entry',
    data: { at: new Date(Date.UTC(2026, 11, 3, 8) + round * 1_000).toISOString(), message: `Melding ${round}: gemeentehuis ontruimd, BHV meldt iedereen buiten.`, from: 'AOV', to: 'GBT' },
  };
}

/** The least any implementation must do to make one event durable: sign its bytes, append them, fsync. */
async function appendFloor(bytes: Buffer, key: DeviceKeyPair, file: string): Promise<void> {
  sign(null, bytes, key.privateKey);
  const handle = await open(file, 'a');
  try {
    await handle.write(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The least any implementation must do to open a log: read every file, parse and verify every event. */
async function openFloor(dir: string, keys: ReadonlyMap<string, ReturnType<typeof publicKeyFromRaw>>): Promise<number> {
  let count = 0;
  for (const name of await readdir(dir)) {
    const text = await readFile(join(dir, name), 'utf8');
    for (const line of text.split('\n')) {
      if (line === '') continue;
      const event = JSON.parse(line) as { sig: string; signed: { device: string } };
      const signed = line.slice(line.indexOf('"signed":') + '"signed":'.length, -1);
      const publicKey = keys.get(event.signed.device);
      if (publicKey === undefined || !verify(null, Buffer.from(signed, 'utf8'), publicKey, Buffer.from(event.sig, 'base64'))) throw new Error('floor: bad event');
      count += 1;
    }
  }
  return count;
}

/** Laptops' chains of a crisis, written at once (their content is what appends would have written). */
export async function writeCrisisLogs(dataDir: string, keys: readonly DeviceKeyPair[], crisisId = CRISIS_ID): Promise<void> {
  await mkdir(crisisDirOf(dataDir, crisisId), { recursive: true });
  const start = Date.UTC(2026, 11, 3, 8);
  for (const [index, key] of keys.entries()) {
    const lines: string[] = [];
    let prev: string | null = null;
    for (let seq = 1; seq <= Math.ceil(EVENTS / keys.length); seq += 1) {
      const round = seq * keys.length + index;
      const signed = {
        _type: 'draaiboek.crisis-event',
        specVersion: 1,
        crisisId,
        hlc: formatHlc({ physical: start + round * 1_000, counter: 0, node: key.keyid.slice(0, 16) }),
        device: key.keyid,
        seq,
        prev,
        ...(seq === 1 && index === 0
          ? { kind: 'activated', data: { scenarioIds: ['scen-netwerkstoring'], at: new Date(start).toISOString(), by: 'Marieke', exercise: true } }
          : entry(round)),
      } as SignedCrisisEvent;
      const { event, line } = signCrisisEvent(signed, key);
      lines.push(line);
      prev = event.id;
    }
    await writeFile(deviceLogPath(dataDir, crisisId, key.keyid), `${lines.join('\n')}\n`);
  }
}

export interface CrisisBenchResult {
  readonly appendMs: number;
  readonly appendFloorMs: number;
  readonly openMs: number;
  readonly openAndFoldMs: number;
  readonly openFloorMs: number;
  readonly events: number;
}

export async function benchCrisis(): Promise<{ rows: BenchRow[]; raw: CrisisBenchResult }> {
  const workDir = await makeTempDir('draaiboek-bench-crisis-');
  try {
    // Appending: one laptop's writer against the floor, alternating so that disk noise hits both alike.
    const laptop = testLaptop(join(workDir, 'append'));
    await laptop.writer.append(CRISIS_ID, entry(0), { create: true });
    const floorFile = join(workDir, 'append-floor.log');
    const appendTimes: number[] = [];
    const floorTimes: number[] = [];
    for (let round = 1; round <= APPEND_ROUNDS; round += 1) {
      let started = performance.now();
      const event = await laptop.writer.append(CRISIS_ID, entry(round));
      appendTimes.push(performance.now() - started);
      const bytes = Buffer.from(`${JSON.stringify(event)}\n`, 'utf8');
      started = performance.now();
      await appendFloor(bytes, laptop.key, floorFile);
      floorTimes.push(performance.now() - started);
    }

    // Opening a crisis of 10,000 events written by three laptops.
    const keys = Array.from({ length: LAPTOPS }, () => generateDeviceKeyPair());
    const dataDir = join(workDir, 'open');
    await writeCrisisLogs(dataDir, keys);
    const lookup = lookupOf(keys);
    const publicKeys = new Map(keys.map((key) => [key.keyid, publicKeyFromRaw(key.publicKey)]));
    const plan = planContentSchema.parse(JSON.parse(await readFile(new URL('../resources/sample/voorbeeldstad.plan.json', import.meta.url), 'utf8')));
    const openTimes: number[] = [];
    const foldTimes: number[] = [];
    const openFloorTimes: number[] = [];
    let events = 0;
    for (let round = 0; round < OPEN_ROUNDS; round += 1) {
      let started = performance.now();
      const log = await readCrisisLog(dataDir, CRISIS_ID, lookup);
      openTimes.push(performance.now() - started);
      foldCrisis(plan, CRISIS_ID, log.events, '2026-12-04T08:00:00.000Z');
      foldTimes.push(performance.now() - started);
      if (log.problems.length > 0) throw new Error('bench: the generated log does not verify');
      events = log.events.length;
      started = performance.now();
      await openFloor(crisisDirOf(dataDir, CRISIS_ID), publicKeys);
      openFloorTimes.push(performance.now() - started);
    }
    const raw: CrisisBenchResult = {
      appendMs: median(appendTimes),
      appendFloorMs: median(floorTimes),
      openMs: median(openTimes),
      openAndFoldMs: median(foldTimes),
      openFloorMs: median(openFloorTimes),
      events,
    };
    return {
      raw,
      rows: [
        { name: 'crisis: append an event', valueMs: raw.appendMs, baselineMs: raw.appendFloorMs, baselineName: 'sign+append+fsync', targetRatio: 3 },
        {
          name: `crisis: open ${raw.events} events, ${LAPTOPS} laptops`,
          valueMs: raw.openMs,
          baselineMs: raw.openFloorMs,
          baselineName: 'read+parse+verify',
          targetRatio: 2,
        },
        { name: 'crisis: open and fold', valueMs: raw.openAndFoldMs, baselineMs: raw.openFloorMs, baselineName: 'read+parse+verify' },
      ],
    };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
