import { copyFile, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../crypto/canonical-json.js';
import { loadDeviceKey } from '../crypto/device-key-store.js';
import { serializeSignedEnvelope, signCanonical } from '../crypto/envelope.js';
import { generateDeviceKeyPair, type DeviceKeyPair } from '../crypto/keys.js';
import { dataDirLayout } from '../store/data-dir-layout.js';
import { rejectionCode } from '../test-support/rejection-code.js';
import { initTempDataDir, removeTempDir, snapshotDir, testPlatform } from '../test-support/temp-data-dir.js';
import { createAppSession } from '../api/app-session.js';
import { openDataDir, type OpenedDataDir } from './open-data-dir.js';
import { createPassphraseBox } from './passphrase-box.js';
import { createPlanService } from '../plan/plan-service.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function freshDataDir(): Promise<string> {
  const { dataDir } = await initTempDataDir({ kind: 'sample' });
  cleanups.push(() => removeTempDir(join(dataDir, '..')));
  return dataDir;
}

async function open(dataDir: string, mode: 'write' | 'read' = 'write'): Promise<OpenedDataDir> {
  const opened = await openDataDir(dataDir, testPlatform(), mode);
  cleanups.push(() => opened.close());
  return opened;
}

async function saveRevisions(dataDir: string, count: number): Promise<void> {
  const opened = await openDataDir(dataDir, testPlatform(), 'write');
  try {
    const plans = createPlanService(opened);
    for (let index = 0; index < count; index += 1) await plans.apply([{ op: 'updateMeta', set: { versionLabel: `v${index}` } }]);
  } finally {
    await opened.close();
  }
}

/** Re-sign a plan file with another key, as someone who took the folder would. */
async function resign(path: string, key: DeviceKeyPair, edit: (signed: Record<string, unknown>) => void = () => undefined): Promise<void> {
  const { signed } = JSON.parse(await readFile(path, 'utf8')) as { signed: Record<string, unknown> };
  edit(signed);
  const canonical = canonicalJson(signed);
  await writeFile(path, serializeSignedEnvelope(canonical, [signCanonical(canonical, key)]));
}

async function refusalCodeOf(dataDir: string): Promise<string | undefined> {
  try {
    const opened = await openDataDir(dataDir, testPlatform(), 'write');
    const status = opened.store.status;
    await opened.close();
    return status.state === 'refused' ? status.refusal.code : undefined;
  } catch (error) {
    return rejectionCode(() => Promise.reject(error));
  }
}

describe('trust anchors', () => {
  it('does not trust a key added to trust.json under the device own name', async () => {
    const dataDir = await freshDataDir();
    const stranger = generateDeviceKeyPair();
    const trustFile = join(dataDir, 'trust.json');
    const trust = JSON.parse(await readFile(trustFile, 'utf8')) as { version: 1; signers: Record<string, unknown>[] };
    const own = trust.signers[0];
    trust.signers.push({ ...own, keyid: stranger.keyid, publicKey: stranger.publicKey.toString('base64') });
    await writeFile(trustFile, JSON.stringify(trust));
    await resign(join(dataDir, 'plan.json'), stranger, (signed) => {
      (signed['plan'] as { content: { meta: { title: string } } }).content.meta.title = 'Overgenomen plan';
    });
    expect(await refusalCodeOf(dataDir)).toBe('SIGNER_UNKNOWN');
  });

  it('refuses a folder whose device.json public half and plan.json were swapped', async () => {
    const dataDir = await freshDataDir();
    const stranger = generateDeviceKeyPair();
    const keyFile = join(dataDir, 'keys', 'device.json');
    const deviceFile = JSON.parse(await readFile(keyFile, 'utf8')) as Record<string, unknown>;
    await writeFile(keyFile, JSON.stringify({ ...deviceFile, keyid: stranger.keyid, publicKey: stranger.publicKey.toString('base64') }));
    await resign(join(dataDir, 'plan.json'), stranger);
    const before = await snapshotDir(dataDir);
    expect(await refusalCodeOf(dataDir)).toBe('DEVICE_KEY_MISMATCH');
    expect(await snapshotDir(dataDir)).toEqual(before);
  });
});

describe('the protected state record', () => {
  it('refuses a record edited by hand (a lower highest revision), and one deleted, each with its own code', async () => {
    const dataDir = await freshDataDir();
    await saveRevisions(dataDir, 2);
    const path = join(dataDir, 'state.json');
    const original = await readFile(path, 'utf8');
    const record = JSON.parse(original) as { state: { highestRevision: number }; mac: string };
    record.state.highestRevision = 1;
    await writeFile(path, JSON.stringify(record));
    const before = await snapshotDir(dataDir);
    expect(await refusalCodeOf(dataDir)).toBe('STATE_TAMPERED');
    expect(await snapshotDir(dataDir)).toEqual(before);
    await rm(path);
    expect(await refusalCodeOf(dataDir)).toBe('STATE_MISSING');
    await writeFile(path, original);
    expect(await refusalCodeOf(dataDir)).toBeUndefined();
  });

  it('reports a trust.json entry the record does not back, and trusts it not', async () => {
    const dataDir = await freshDataDir();
    const stranger = generateDeviceKeyPair();
    const trustFile = join(dataDir, 'trust.json');
    const trust = JSON.parse(await readFile(trustFile, 'utf8')) as { version: 1; signers: Record<string, unknown>[] };
    trust.signers.push({ ...trust.signers[0], keyid: stranger.keyid, publicKey: stranger.publicKey.toString('base64'), addedHow: 'bundle' });
    await writeFile(trustFile, JSON.stringify(trust));
    const opened = await open(dataDir, 'read');
    expect(opened.ignoredTrustEntries.map((entry) => entry.keyid)).toEqual([stranger.keyid]);
    expect(opened.lookup(stranger.keyid)).toBeUndefined();
    expect((await opened.trust()).lookup(stranger.keyid)).toBeUndefined();
  });
});

describe('rollback protection', () => {
  it('still refuses an old plan as a rollback when the newer history files were deleted', async () => {
    const dataDir = await freshDataDir();
    await saveRevisions(dataDir, 2);
    const layout = dataDirLayout(dataDir);
    await copyFile(join(layout.historyDir, '00000001.json'), layout.planFile);
    await rm(join(layout.historyDir, '00000002.json'));
    await rm(join(layout.historyDir, '00000003.json'));
    expect(await refusalCodeOf(dataDir)).toBe('ROLLBACK');
  });

  it('opens the real plan beside a planted empty history/99999999.json and moves nothing aside', async () => {
    const dataDir = await freshDataDir();
    await saveRevisions(dataDir, 1);
    const layout = dataDirLayout(dataDir);
    await writeFile(join(layout.historyDir, '99999999.json'), '');
    const opened = await open(dataDir);
    expect(opened.store.status.state).toBe('ready');
    expect(opened.store.current.revision).toBe(2);
    const saved = await createPlanService(opened).apply([{ op: 'updateMeta', set: { versionLabel: 'na' } }]);
    expect(saved.revision).toBe(3);
    expect(await readdir(dataDir)).not.toContain('rejected');
  });

  it('refuses a key without plan and history instead of silently starting a new sample plan', async () => {
    const dataDir = await freshDataDir();
    const layout = dataDirLayout(dataDir);
    await rm(layout.planFile);
    await rm(layout.historyDir, { recursive: true });
    const session = createAppSession({ dataDir, platform: testPlatform(), passphrases: createPassphraseBox() });
    cleanups.push(() => session.close());
    const before = await snapshotDir(dataDir);
    const status = await session.start();
    expect(status.state).toBe('refused');
    expect(status.state === 'refused' ? status.refusal.code : undefined).toBe('KEY_WITHOUT_PLAN');
    await session.close();
    expect(await snapshotDir(dataDir)).toEqual(before);
  });
});

describe('the plan id', () => {
  it('refuses a plan.json of another plan signed by this device, with its own code', async () => {
    const dataDir = await freshDataDir();
    // The device's own key signing another plan: only the plan id tells it is not this folder's plan.
    const pair = await loadDeviceKey(dataDir, await testPlatform().secretProtector());
    await resign(dataDirLayout(dataDir).planFile, pair, (value) => {
      value['planId'] = '00000000-0000-4000-8000-000000000000';
      value['revision'] = 7;
    });
    expect(await refusalCodeOf(dataDir)).toBe('PLAN_ID_CHANGED');
  });

  it('accepts the next revision of another plan signed by this device: an adoption cut off before the record followed', async () => {
    const dataDir = await freshDataDir();
    const pair = await loadDeviceKey(dataDir, await testPlatform().secretProtector());
    const adoptedPlanId = '00000000-0000-4000-8000-000000000001';
    await resign(dataDirLayout(dataDir).planFile, pair, (value) => {
      value['planId'] = adoptedPlanId;
      value['revision'] = 2;
    });
    const opened = await open(dataDir);
    expect(opened.store.status.state).toBe('ready');
    expect(opened.state.value).toMatchObject({ planId: adoptedPlanId, highestRevision: 2 });
  });
});
