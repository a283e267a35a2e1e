import { access, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isAgeBytes } from '../crypto/age-file.js';
import { canonicalJson } from '../crypto/canonical-json.js';
import { loadDeviceKey } from '../crypto/device-key-store.js';
import { deriveStateMacKey, stateMacOf } from '../crypto/state-mac.js';
import { folderKeyPaths } from '../crypto/folder-key.js';
import { listCopies, recordCopy } from '../copies/copies-register.js';
import { createCrisisService } from '../crisis/crisis-service.js';
import { createPlanService } from '../plan/plan-service.js';
import type { Platform } from '../platform.js';
import { dataDirLayout } from '../store/data-dir-layout.js';
import { rejectionCode } from '../test-support/rejection-code.js';
import { makeTempDir, removeTempDir, snapshotDir, testPlatform } from '../test-support/temp-data-dir.js';
import { testKeystorePlatform } from '../test-support/test-key-store.js';
import { contentFiles, crisisLogFiles } from './at-rest-conversion.js';
import { initDataDir } from './init-data-dir.js';
import { samplePlanContent } from './new-plan-content.js';
import { openDataDir, type OpenedDataDir } from './open-data-dir.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function newFolder(platform: Platform, encryptAtRest: boolean): Promise<string> {
  const parent = await makeTempDir();
  cleanups.push(() => removeTempDir(parent));
  const dataDir = join(parent, 'data');
  await initDataDir(dataDir, platform, { kind: 'sample' }, { encryptAtRest });
  return dataDir;
}

async function open(dataDir: string, platform: Platform, mode: 'write' | 'read' = 'write'): Promise<OpenedDataDir> {
  const opened = await openDataDir(dataDir, platform, mode);
  cleanups.push(() => opened.close());
  return opened;
}

/** Phone numbers, names and e-mail addresses of the sample plan: none may be readable on disk. */
function sampleSecrets(): string[] {
  const found = new Set<string>();
  const visit = (value: unknown, key: string): void => {
    if (typeof value === 'string') {
      if (/^\+\d{8,}$/.test(value) || /@/.test(value) || (key === 'name' && value.length > 5) || key === 'organisationName') found.add(value);
      return;
    }
    if (Array.isArray(value)) value.forEach((item) => visit(item, key));
    else if (typeof value === 'object' && value !== null) for (const [child, inner] of Object.entries(value)) visit(inner, child);
  };
  visit(samplePlanContent(), '');
  return [...found];
}

async function allFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(join(entry.parentPath, entry.name));
  }
  return out;
}

async function expectNothingReadable(dataDir: string): Promise<void> {
  const secrets = sampleSecrets();
  expect(secrets.length).toBeGreaterThan(20);
  expect(secrets.some((secret) => secret.startsWith('+31'))).toBe(true);
  for (const path of await allFiles(dataDir)) {
    const bytes = await readFile(path);
    for (const secret of secrets) {
      // In UTF-8 and in the JSON-escaped form a writer might use for non-ASCII text.
      for (const form of [secret, JSON.stringify(secret).slice(1, -1)]) {
        expect(bytes.includes(Buffer.from(form, 'utf8')), `${secret} in ${path}`).toBe(false);
      }
    }
  }
}

async function everyContentFileIs(dataDir: string, encrypted: boolean): Promise<void> {
  const files = await contentFiles(dataDirLayout(dataDir));
  expect(files.length).toBeGreaterThan(2);
  for (const path of files) expect(isAgeBytes(await readFile(path)), path).toBe(encrypted);
}

/** Starts a crisis and logs entries that carry names and numbers of the plan; returns the crisis id. */
async function crisisWithSecrets(opened: OpenedDataDir): Promise<string> {
  const secrets = sampleSecrets();
  const number = secrets.find((secret) => secret.startsWith('+31')) ?? '';
  const name = secrets.find((secret) => !secret.startsWith('+') && !secret.includes('@')) ?? '';
  const crisis = createCrisisService(opened);
  const { crisisId } = await crisis.start({ scenarioIds: [], other: { description: `Uitval, gemeld door ${name}` }, by: name, exercise: true });
  const at = new Date().toISOString();
  await crisis.append(crisisId, { kind: 'log-entry', data: { at, message: `${name} gebeld op ${number}`, from: name } });
  await crisis.append(crisisId, { kind: 'log-entry', data: { at, message: `Terugbelnummer ${number}` } });
  return crisisId;
}

/** Every line of every crisis log is sealed (encrypted) or a plain event. */
async function everyCrisisLineIs(dataDir: string, encrypted: boolean): Promise<void> {
  const logs = await crisisLogFiles(dataDirLayout(dataDir));
  expect(logs.length).toBeGreaterThan(0);
  for (const path of logs) {
    const lines = (await readFile(path, 'utf8')).split('\n');
    expect(lines.pop()).toBe('');
    for (const line of lines) expect(line.startsWith('{'), path).toBe(!encrypted);
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

describe('a data folder encrypted at rest', () => {
  it('holds no phone number, name or address of the plan in any byte, and works as a plain one once unlocked', async () => {
    const platform = testKeystorePlatform();
    const dataDir = await newFolder(platform, true);
    const opened = await open(dataDir, platform);
    expect(opened.state.value.atRest.mode).toBe('age');
    const plans = createPlanService(opened);
    await plans.apply([{ op: 'updateMeta', set: { versionLabel: 'na de oefening' } }]);
    await recordCopy(dataDir, { direction: 'out', kind: 'docx', planId: opened.store.current.planId, revision: 2, recipient: 'Jan de Vries, Voorbeeldstad' });
    const crisisId = await crisisWithSecrets(opened);
    const history = await opened.store.listHistory();
    expect(history.map((entry) => entry.revision)).toEqual([2, 1]);
    expect(history[0]?.savedAt).toMatch(/^20/);
    expect((await opened.store.readRevision(1)).plan.content.meta.organisationName).toBe(opened.store.current.plan.content.meta.organisationName);
    await opened.close();

    await expectNothingReadable(dataDir);
    expect((await readFile(dataDirLayout(dataDir).copiesFile)).includes(Buffer.from('Jan de Vries'))).toBe(false);
    await everyContentFileIs(dataDir, true);

    const reader = await open(dataDir, platform, 'read');
    expect(reader.store.current.revision).toBe(2);
    expect(reader.store.current.plan.content.meta.versionLabel).toBe('na de oefening');
    expect((await listCopies(dataDir))[0]?.recipient).toBe('Jan de Vries, Voorbeeldstad');
    await everyCrisisLineIs(dataDir, true);
    const view = await createCrisisService(reader).get(crisisId);
    expect(view.problems).toEqual([]);
    expect(view.state.logEntries.map((entry) => entry.message)).toHaveLength(2);
    expect(view.state.logEntries[1]?.message).toMatch(/^Terugbelnummer \+31/);
  });

  it('pads every file to a bucket: sizes say little about the content', async () => {
    const platform = testKeystorePlatform();
    const dataDir = await newFolder(platform, true);
    const opened = await open(dataDir, platform);
    await createPlanService(opened).apply([{ op: 'updateMeta', set: { versionLabel: 'x' } }]);
    await createPlanService(opened).apply([{ op: 'updateMeta', set: { versionLabel: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' } }]);
    await opened.close();
    const sizes = new Set<number>();
    for (const revision of [1, 2, 3]) sizes.add((await readFile(join(dataDir, 'history', `0000000${revision}.json`))).length);
    expect(sizes.size).toBe(1);
  });

  it('turns encryption on and off: every file rewritten, the plan and its history unchanged, the key gone after off', async () => {
    const platform = testKeystorePlatform();
    const dataDir = await newFolder(platform, false);
    const first = await open(dataDir, platform);
    await createPlanService(first).apply([{ op: 'updateMeta', set: { versionLabel: 'voor' } }]);
    await recordCopy(dataDir, { direction: 'out', kind: 'docx', planId: first.store.current.planId, revision: 2, recipient: 'Jan de Vries' });
    const crisisId = await crisisWithSecrets(first);
    await everyCrisisLineIs(dataDir, false);
    const before = first.store.current;
    expect((await first.setEncryptionAtRest(true)).changed).toBe(true);
    await everyContentFileIs(dataDir, true);
    await expectNothingReadable(dataDir);
    await everyCrisisLineIs(dataDir, true);
    // Saves after the switch are encrypted too, in the same session, and the crisis log grows by sealed lines.
    await createPlanService(first).apply([{ op: 'updateMeta', set: { versionLabel: 'na' } }]);
    await everyContentFileIs(dataDir, true);
    await createCrisisService(first).append(crisisId, { kind: 'log-entry', data: { at: new Date().toISOString(), message: 'na het aanzetten' } });
    await everyCrisisLineIs(dataDir, true);
    await expectNothingReadable(dataDir);
    expect((await first.setEncryptionAtRest(true)).changed).toBe(false);
    await first.close();

    const second = await open(dataDir, platform);
    expect((await second.store.readRevision(2)).plan).toEqual(before.plan);
    expect((await second.setEncryptionAtRest(false)).changed).toBe(true);
    await everyContentFileIs(dataDir, false);
    await everyCrisisLineIs(dataDir, false);
    expect(await exists(folderKeyPaths(dataDir).sealedFile)).toBe(false);
    expect(second.state.value.atRest).toEqual({ mode: 'plain', pending: false });
    await second.close();
    const third = await open(dataDir, platform, 'read');
    expect(third.store.current.plan.content.meta.versionLabel).toBe('na');
    expect((await listCopies(dataDir))[0]?.recipient).toBe('Jan de Vries');
    const view = await createCrisisService(third).get(crisisId);
    expect(view.problems).toEqual([]);
    expect(view.state.logEntries.map((entry) => entry.message).at(-1)).toBe('na het aanzetten');
    expect(view.state.eventCount).toBe(4);
  });

  it('a torn encrypted crisis line is dropped and the events before it kept; a changed line is reported alone', async () => {
    const platform = testKeystorePlatform();
    const dataDir = await newFolder(platform, true);
    const opened = await open(dataDir, platform);
    const crisisId = await crisisWithSecrets(opened);
    await opened.close();
    const [log] = await crisisLogFiles(dataDirLayout(dataDir));
    if (log === undefined) throw new Error('no crisis log');
    const whole = await readFile(log, 'utf8');
    const lastLine = whole.slice(0, -1).split('\n').at(-1) ?? '';
    // A crash in the middle of writing a fourth event: half a sealed line, no newline.
    await writeFile(log, whole + lastLine.slice(0, Math.floor(lastLine.length / 2)));

    const again = await open(dataDir, platform);
    const crisis = createCrisisService(again);
    const torn = await crisis.get(crisisId);
    expect(torn.problems).toEqual([]);
    expect(torn.state.eventCount).toBe(3);
    // The next event is written after the last complete line, over the torn tail.
    await crisis.append(crisisId, { kind: 'log-entry', data: { at: new Date().toISOString(), message: 'na de stroomstoring' } });
    await again.close();
    const lines = (await readFile(log, 'utf8')).split('\n');
    expect(lines).toHaveLength(5);
    expect(lines.slice(0, 3).join('\n')).toBe(whole.slice(0, -1));

    // One sealed line altered: that event alone is refused, the others hold.
    const altered = [...lines];
    const second = altered[1] ?? '';
    const at = second.length - 30;
    altered[1] = `${second.slice(0, at)}${second[at] === 'A' ? 'B' : 'A'}${second.slice(at + 1)}`;
    await writeFile(log, altered.join('\n'));
    const reader = await open(dataDir, platform, 'read');
    const view = await createCrisisService(reader).get(crisisId);
    expect(view.problems).toMatchObject([{ reason: 'malformed', line: 2, kept: false }, { reason: 'chain-broken', seq: 3, kept: true }]);
    expect(view.state.eventCount).toBe(3);
  });

  it('a portable folder that must be encrypted and is not is refused, and nothing changes', async () => {
    const platform = testKeystorePlatform();
    const dataDir = await newFolder(platform, false);
    const before = await snapshotDir(dataDir);
    expect(await rejectionCode(() => openDataDir(dataDir, platform, 'write', { requireEncrypted: true }))).toBe('FOLDER_NOT_ENCRYPTED');
    expect(await snapshotDir(dataDir)).toEqual(before);
    const encrypted = await newFolder(platform, true);
    const opened = await openDataDir(encrypted, platform, 'write', { requireEncrypted: true });
    await opened.close();
  });

  it('a changed byte of an encrypted plan is refused and moved aside; the last good revision is offered', async () => {
    const platform = testKeystorePlatform();
    const dataDir = await newFolder(platform, true);
    const opened = await open(dataDir, platform);
    await createPlanService(opened).apply([{ op: 'updateMeta', set: { versionLabel: 'twee' } }]);
    await opened.close();
    const { planFile } = dataDirLayout(dataDir);
    const bytes = await readFile(planFile);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 40) ^ 1, bytes.length - 40);
    await writeFile(planFile, bytes);
    const again = await open(dataDir, platform);
    const { status } = again.store;
    expect(status.state === 'refused' && status.refusal.code).toBe('FILE_UNREADABLE_ENCRYPTED');
    expect(status.state === 'refused' && status.refusal.lastGood?.revision).toBe(2);
    expect(status.state === 'refused' && status.refusal.movedTo).toMatch(/rejected/);
    await again.store.restore(2);
    await everyContentFileIs(dataDir, true);
  });

  it('a wrong passphrase changes nothing, and the right one opens the device key and the folder key together', async () => {
    const dataDir = await newFolder(testPlatform(), true);
    expect(await exists(folderKeyPaths(dataDir).ageFile)).toBe(true);
    const before = await snapshotDir(dataDir);
    for (const mode of ['write', 'read'] as const) {
      expect(await rejectionCode(() => openDataDir(dataDir, testPlatform({ passphrase: 'not the passphrase at all' }), mode))).toBe('KEY_PASSPHRASE_WRONG');
    }
    expect(await snapshotDir(dataDir)).toEqual(before);
    const opened = await open(dataDir, testPlatform(), 'read');
    expect(opened.store.current.revision).toBe(1);
  });

  it('a version-1 state record (before encryption at rest) reads as a plain folder and is written as version 2 by its next change', async () => {
    const platform = testKeystorePlatform();
    const dataDir = await newFolder(platform, false);
    const { stateFile } = dataDirLayout(dataDir);
    const { state } = JSON.parse(await readFile(stateFile, 'utf8')) as { state: Record<string, unknown> };
    const { atRest, ...rest } = state;
    expect(atRest).toEqual({ mode: 'plain', pending: false });
    const versionOne = { ...rest, version: 1 };
    const macKey = deriveStateMacKey(await loadDeviceKey(dataDir, await platform.secretProtector()));
    await writeFile(stateFile, `${JSON.stringify({ state: versionOne, mac: stateMacOf(macKey, canonicalJson(versionOne)).toString('base64') }, null, 2)}\n`);
    const before = await snapshotDir(dataDir);
    const reader = await open(dataDir, platform, 'read');
    expect(reader.state.value.atRest).toEqual({ mode: 'plain', pending: false });
    await reader.close();
    expect(await snapshotDir(dataDir)).toEqual(before);
    const writer = await open(dataDir, platform);
    await createPlanService(writer).apply([{ op: 'updateMeta', set: { versionLabel: 'na' } }]);
    await writer.close();
    const written = JSON.parse(await readFile(stateFile, 'utf8')) as { state: { version: number; atRest: unknown } };
    expect(written.state.version).toBe(2);
    expect(written.state.atRest).toEqual({ mode: 'plain', pending: false });
  });
});
