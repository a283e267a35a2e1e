import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { crisisLogFiles } from '../data-dir/at-rest-conversion.js';
import { initDataDir } from '../data-dir/init-data-dir.js';
import { openDataDir, type OpenedDataDir } from '../data-dir/open-data-dir.js';
import { isSealedLine } from '../store/at-rest-line.js';
import { dataDirLayout } from '../store/data-dir-layout.js';
import { makeTempDir, removeTempDir } from '../test-support/temp-data-dir.js';
import { testKeystorePlatform } from '../test-support/test-key-store.js';
import { readCrisisLog } from './crisis-log-store.js';
import { createCrisisService } from './crisis-service.js';
import type { CrisisView } from '../../../shared/crisis/crisis-contract.js';

/*
 * Turning encryption at rest on or off rewrites every crisis log whole. An event appended meanwhile must wait
 * for the rewrite and then land in the converted file: lost with the file it was appended to, written twice,
 * or written in the old form, the crisis record would be wrong on the day it matters.
 */

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function openNewFolder(encryptAtRest: boolean): Promise<{ dataDir: string; open: () => Promise<OpenedDataDir> }> {
  const platform = testKeystorePlatform();
  const parent = await makeTempDir();
  cleanups.push(() => removeTempDir(parent));
  const dataDir = join(parent, 'data');
  await initDataDir(dataDir, platform, { kind: 'sample' }, { encryptAtRest });
  return {
    dataDir,
    open: async () => {
      const opened = await openDataDir(dataDir, platform, 'write');
      cleanups.push(() => opened.close());
      return opened;
    },
  };
}

/** Every line of every crisis log of the folder: sealed or not. */
async function crisisLineForms(dataDir: string): Promise<boolean[]> {
  const forms: boolean[] = [];
  for (const path of await crisisLogFiles(dataDirLayout(dataDir))) {
    const lines = (await readFile(path, 'utf8')).split('\n');
    expect(lines.pop(), `${path} ends with a complete line`).toBe('');
    forms.push(...lines.map(isSealedLine));
  }
  return forms;
}

/** Starts a crisis with two log entries in a fresh opening of the folder; returns its id, the opening closed. */
async function crisisInClosedOpening(open: () => Promise<OpenedDataDir>, description: string): Promise<string> {
  const opened = await open();
  const crisis = createCrisisService(opened);
  const { crisisId } = await crisis.start({ scenarioIds: [], other: { description }, by: 'Marieke van Dalen', exercise: true });
  const at = new Date().toISOString();
  for (const message of ['voor 1', 'voor 2']) await crisis.append(crisisId, { kind: 'log-entry', data: { at, message } });
  await opened.close();
  return crisisId;
}

describe('crisis events appended while the data folder converts at rest', () => {
  for (const encrypt of [true, false]) {
    it(`wait for the conversion ${encrypt ? 'to encrypted' : 'to plain'} files and land in the converted log, none lost or doubled, the chain intact`, async () => {
      const folder = await openNewFolder(!encrypt);
      const opened = await folder.open();
      const crisis = createCrisisService(opened);
      const { crisisId } = await crisis.start({ scenarioIds: [], other: { description: 'Stroomstoring' }, by: 'Marieke van Dalen', exercise: true });
      const at = new Date().toISOString();
      for (const message of ['voor 1', 'voor 2']) await crisis.append(crisisId, { kind: 'log-entry', data: { at, message } });
      expect(new Set(await crisisLineForms(folder.dataDir))).toEqual(new Set([!encrypt]));

      const settled: string[] = [];
      let converted = false;
      const conversion = opened.setEncryptionAtRest(encrypt).then((result) => {
        converted = true;
        settled.push('conversion');
        return result;
      });
      const appended: string[] = [];
      const appends: Promise<unknown>[] = [];
      const append = (message: string): void => {
        appended.push(message);
        appends.push(crisis.append(crisisId, { kind: 'log-entry', data: { at, message } }).then(() => settled.push(message)));
      };
      // One as the conversion is asked for, then more once its record says it is under way, while it runs.
      append('tijdens 0');
      let sawPending = false;
      while (!converted && appended.length < 8) {
        await nextTurn();
        if (opened.state.value.atRest.pending) {
          sawPending = true;
          append(`tijdens ${appended.length}`);
        }
      }
      const result = await conversion;
      await Promise.all(appends);
      expect(result).toMatchObject({ changed: true, encrypted: encrypt });
      expect(sawPending, 'events were appended while the folder was being rewritten').toBe(true);
      expect(appended.length).toBeGreaterThan(1);
      // On disk: every line in the converted form, whole.
      expect(new Set(await crisisLineForms(folder.dataDir))).toEqual(new Set([encrypt]));
      await opened.close();

      // Read back from a fresh opening of the folder: every event once, in order, each linked to the one before.
      const reopened = await folder.open();
      const log = await readCrisisLog(folder.dataDir, crisisId, reopened.lookup, reopened.atRest());
      expect(log.problems).toEqual([]);
      const messages = ['voor 1', 'voor 2', ...appended];
      expect(log.events).toHaveLength(1 + messages.length);
      expect(new Set(log.events.map((event) => event.id)).size).toBe(log.events.length);
      expect(log.events.map((event) => event.signed.seq)).toEqual(log.events.map((_, index) => index + 1));
      expect(log.events.map((event) => event.signed.prev)).toEqual([null, ...log.events.slice(0, -1).map((event) => event.id)]);
      expect(log.heads.get(reopened.deviceKeyid)).toEqual({ id: log.events.at(-1)?.id, seq: log.events.length });
      const view = await createCrisisService(reopened).get(crisisId);
      expect(view.problems).toEqual([]);
      expect(view.state.logEntries.map((entry) => entry.message)).toEqual(messages);
      // Each append waited for the rewrite: none was acknowledged before it.
      expect(settled[0]).toBe('conversion');
      expect([...settled].sort()).toEqual(['conversion', ...appended].sort());
    });
  }

  it('a crisis first read after its log was encrypted, before the conversion is done, reads whole and takes the append', async () => {
    const folder = await openNewFolder(false);
    // Several crises: their logs are rewritten one after another, the last part of the conversion.
    const crisisIds = [];
    for (const description of ['Stroomstoring', 'Netwerkstoring', 'Brand']) crisisIds.push(await crisisInClosedOpening(folder.open, description));
    const [firstLog] = await crisisLogFiles(dataDirLayout(folder.dataDir));
    const crisisId = crisisIds.find((id) => firstLog?.includes(id) === true);
    if (firstLog === undefined || crisisId === undefined) throw new Error('no crisis log');
    // A fresh opening: its writer holds no log yet, so the first read of this crisis goes to disk.
    const opened = await folder.open();
    const crisis = createCrisisService(opened);
    let converted = false;
    const conversion = opened.setEncryptionAtRest(true).then(() => {
      converted = true;
    });
    let during: Promise<{ view?: CrisisView; error?: unknown }> | undefined;
    while (!converted && during === undefined) {
      await nextTurn();
      const lines = (await readFile(firstLog, 'utf8')).split('\n').filter((line) => line !== '');
      if (!converted && lines.every(isSealedLine)) {
        during = crisis.append(crisisId, { kind: 'log-entry', data: { at: new Date().toISOString(), message: 'tijdens' } }).then(
          (view) => ({ view }),
          (error: unknown) => ({ error }),
        );
      }
    }
    await conversion;
    expect(during, 'an append was made after the log was encrypted and before the conversion was done').toBeDefined();
    const { view, error } = (await during) ?? {};
    expect(error).toBeUndefined();
    expect(view?.problems).toEqual([]);
    expect(view?.state.logEntries.map((entry) => entry.message)).toEqual(['voor 1', 'voor 2', 'tijdens']);
    expect(new Set(await crisisLineForms(folder.dataDir))).toEqual(new Set([true]));
  });
});
