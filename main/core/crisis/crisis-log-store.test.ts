import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CrisisEventBody } from '../../../shared/crisis/crisis-events.js';
import { generateDeviceKeyPair } from '../crypto/keys.js';
import { makeTempDir, removeTempDir, snapshotDir } from '../test-support/temp-data-dir.js';
import { deviceLogPath } from './crisis-log-file.js';
import { listCrisisIds, readCrisisLog } from './crisis-log-store.js';
import { lookupOf, TEST_CRISIS_ID, testLaptop } from './test-support/crisis-test-kit.js';

const cleanup: string[] = [];
afterEach(async () => {
  for (const dir of cleanup.splice(0)) await removeTempDir(dir);
});

async function tempDir(): Promise<string> {
  const dir = await makeTempDir('draaiboek-crisis-');
  cleanup.push(dir);
  return dir;
}

const logEntry = (message: string): CrisisEventBody => ({ kind: 'log-entry', data: { at: '2026-12-03T08:00:00.000Z', message } });
const activation: CrisisEventBody = {
  kind: 'activated',
  data: { scenarioIds: ['scen-netwerkstoring'], at: '2026-12-03T08:00:00.000Z', by: 'Marieke', exercise: true },
};

async function laptopWithLog(count: number) {
  const laptop = testLaptop(await tempDir());
  await laptop.writer.append(TEST_CRISIS_ID, activation, { create: true });
  for (let i = 1; i < count; i += 1) await laptop.writer.append(TEST_CRISIS_ID, logEntry(`bericht ${i}`));
  const path = deviceLogPath(laptop.dataDir, TEST_CRISIS_ID, laptop.key.keyid);
  return { laptop, path, lookup: lookupOf([laptop.key]) };
}

async function lines(path: string): Promise<string[]> {
  return (await readFile(path, 'utf8')).split('\n').slice(0, -1);
}

describe('the crisis log on disk', () => {
  it('appends signed, chained events that a fresh reader verifies, one line each', async () => {
    const { laptop, path, lookup } = await laptopWithLog(5);
    expect(await lines(path)).toHaveLength(5);
    const log = await readCrisisLog(laptop.dataDir, TEST_CRISIS_ID, lookup);
    expect(log.problems).toEqual([]);
    expect(log.events.map((event) => event.signed.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(log.events.slice(1).map((event) => event.signed.prev)).toEqual(log.events.slice(0, -1).map((event) => event.id));
    expect(await listCrisisIds(laptop.dataDir)).toEqual([TEST_CRISIS_ID]);
  });

  it('refuses an altered event alone and keeps the others', async () => {
    const { laptop, path, lookup } = await laptopWithLog(5);
    const text = await lines(path);
    text[2] = (text[2] ?? '').replace('bericht 2', 'bericht X');
    await writeFile(path, `${text.join('\n')}\n`);
    const log = await readCrisisLog(laptop.dataDir, TEST_CRISIS_ID, lookup);
    expect(log.problems).toMatchObject([{ reason: 'id-mismatch', line: 3, seq: 3, kept: false, device: laptop.key.keyid }]);
    expect(log.events.map((event) => event.signed.seq)).toEqual([1, 2, 4, 5]);
  });

  it('refuses an event whose signature was replaced, and one signed by a key this laptop does not trust', async () => {
    const { laptop, path, lookup } = await laptopWithLog(3);
    const text = await lines(path);
    const other = (text[1] ?? '').replace(/"sig":"[^"]+"/, `"sig":"${'B'.repeat(86)}=="`);
    text[1] = other;
    await writeFile(path, `${text.join('\n')}\n`);
    expect((await readCrisisLog(laptop.dataDir, TEST_CRISIS_ID, lookup)).problems).toMatchObject([{ reason: 'signature-invalid', line: 2 }]);
    const stranger = lookupOf([generateDeviceKeyPair()]);
    const log = await readCrisisLog(laptop.dataDir, TEST_CRISIS_ID, stranger);
    expect(log.problems.map((problem) => problem.reason)).toEqual(['signer-unknown', 'signer-unknown', 'signer-unknown']);
    expect(log.events).toEqual([]);
  });

  it('reports a deleted event at the event after the gap, and keeps that genuine event', async () => {
    const { laptop, path, lookup } = await laptopWithLog(5);
    const text = await lines(path);
    text.splice(2, 1);
    await writeFile(path, `${text.join('\n')}\n`);
    const log = await readCrisisLog(laptop.dataDir, TEST_CRISIS_ID, lookup);
    expect(log.problems).toMatchObject([{ reason: 'chain-broken', seq: 4, line: 3, kept: true }]);
    expect(log.events.map((event) => event.signed.seq)).toEqual([1, 2, 4, 5]);
  });

  it('reports reordered events, each at its own line', async () => {
    const { laptop, path, lookup } = await laptopWithLog(5);
    const text = await lines(path);
    [text[1], text[2]] = [text[2] ?? '', text[1] ?? ''];
    await writeFile(path, `${text.join('\n')}\n`);
    const log = await readCrisisLog(laptop.dataDir, TEST_CRISIS_ID, lookup);
    expect(log.problems.map((problem) => [problem.reason, problem.line])).toEqual([
      ['chain-broken', 2],
      ['chain-broken', 3],
      ['chain-broken', 4],
    ]);
    // The events themselves are genuine: the log order (by clock stamp) is unchanged.
    expect(log.events.map((event) => event.signed.seq)).toEqual([1, 2, 3, 4, 5]);
  });

  it('refuses an event copied into another device’s file or another crisis', async () => {
    const { laptop, path, lookup } = await laptopWithLog(2);
    const other = generateDeviceKeyPair();
    const text = await lines(path);
    const foreignPath = deviceLogPath(laptop.dataDir, TEST_CRISIS_ID, other.keyid);
    await writeFile(foreignPath, `${text[1] ?? ''}\n`);
    const otherCrisis = '00000000-0000-4000-8000-000000000000';
    await mkdir(join(laptop.dataDir, 'crises', otherCrisis));
    await writeFile(deviceLogPath(laptop.dataDir, otherCrisis, laptop.key.keyid), `${text[0] ?? ''}\n`);
    const log = await readCrisisLog(laptop.dataDir, TEST_CRISIS_ID, lookupOf([laptop.key, other]));
    expect(log.problems).toMatchObject([{ reason: 'misplaced', line: 1 }]);
    expect(log.events).toHaveLength(2);
    expect((await readCrisisLog(laptop.dataDir, otherCrisis, lookup)).problems).toMatchObject([{ reason: 'misplaced' }]);
  });

  it('drops a torn tail, never the events before it, and the next append cuts it off and links on', async () => {
    const { laptop, path, lookup } = await laptopWithLog(3);
    const whole = await readFile(path, 'utf8');
    const lastLine = whole.split('\n').at(-2) ?? '';
    await appendFile(path, lastLine.slice(0, 120));
    const reader = await readCrisisLog(laptop.dataDir, TEST_CRISIS_ID, lookup);
    expect(reader.problems).toEqual([]);
    expect(reader.events).toHaveLength(3);

    // A writer that starts after the crash (a new process) finds the torn tail and cuts it off.
    const after = testLaptop(laptop.dataDir, { key: laptop.key });
    await after.writer.append(TEST_CRISIS_ID, logEntry('na de crash'));
    const log = await readCrisisLog(laptop.dataDir, TEST_CRISIS_ID, lookup);
    expect(log.problems).toEqual([]);
    expect(log.events.map((event) => event.signed.seq)).toEqual([1, 2, 3, 4]);
    expect(await readFile(path, 'utf8')).toBe(`${whole}${(await lines(path))[3] ?? ''}\n`);
  });

  it('writes close appends one after another: no two link to the same event', async () => {
    const { laptop, lookup } = await laptopWithLog(1);
    await Promise.all(Array.from({ length: 20 }, (_, i) => laptop.writer.append(TEST_CRISIS_ID, logEntry(`tegelijk ${i}`))));
    const log = await readCrisisLog(laptop.dataDir, TEST_CRISIS_ID, lookup);
    expect(log.problems).toEqual([]);
    expect(log.events).toHaveLength(21);
  });
});

describe('two laptops that logged apart', () => {
  it('converge on the same timeline in the same order after taking in each other’s events', async () => {
    const keys = { a: generateDeviceKeyPair(), b: generateDeviceKeyPair() };
    const a = testLaptop(await tempDir(), { key: keys.a, trusted: () => [keys.b] });
    const b = testLaptop(await tempDir(), { key: keys.b, trusted: () => [keys.a] });
    const lookup = lookupOf([keys.a, keys.b]);
    await a.writer.append(TEST_CRISIS_ID, activation, { create: true });
    await b.writer.takeIn(TEST_CRISIS_ID, (await readCrisisLog(a.dataDir, TEST_CRISIS_ID, lookup)).events);
    for (let i = 0; i < 5; i += 1) {
      await a.writer.append(TEST_CRISIS_ID, logEntry(`A ${i}`));
      await b.writer.append(TEST_CRISIS_ID, logEntry(`B ${i}`));
    }
    const fromA = (await readCrisisLog(a.dataDir, TEST_CRISIS_ID, lookup)).events;
    const fromB = (await readCrisisLog(b.dataDir, TEST_CRISIS_ID, lookup)).events;
    const intoB = await b.writer.takeIn(TEST_CRISIS_ID, fromA);
    const intoA = await a.writer.takeIn(TEST_CRISIS_ID, fromB);
    expect(intoB.added).toHaveLength(5);
    expect(intoA.added).toHaveLength(5);
    const finalA = await readCrisisLog(a.dataDir, TEST_CRISIS_ID, lookup);
    const finalB = await readCrisisLog(b.dataDir, TEST_CRISIS_ID, lookup);
    expect(finalA.problems).toEqual([]);
    expect(finalB.problems).toEqual([]);
    expect(finalA.events.map((event) => event.id)).toEqual(finalB.events.map((event) => event.id));
    expect(finalA.events).toHaveLength(11);
    // Taking in the same events again changes nothing: the union is idempotent.
    const before = await snapshotDir(a.dataDir);
    expect((await a.writer.takeIn(TEST_CRISIS_ID, fromB)).added).toEqual([]);
    expect(await snapshotDir(a.dataDir)).toEqual(before);
  });
});
