import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SPEC_VERSION, type SignedPlan } from '../../../shared/plan/plan.js';
import { canonicalJson } from '../crypto/canonical-json.js';
import { loadDeviceKey } from '../crypto/device-key-store.js';
import { serializeSignedEnvelope, signCanonical } from '../crypto/envelope.js';
import { createPassphraseProtector } from '../crypto/key-protection.js';
import { publicKeyFromRaw, type DeviceKeyPair } from '../crypto/keys.js';
import { openDataDir } from '../data-dir/open-data-dir.js';
import { createPlanService } from '../plan/plan-service.js';
import { initTempDataDir, removeTempDir, TEST_PASSPHRASE, testPlatform } from '../test-support/temp-data-dir.js';
import { dataDirLayout } from './data-dir-layout.js';
import { historyPath } from './history.js';
import { verifyPlanValue } from './plan-file.js';

let dataDir: string;
let deviceKey: DeviceKeyPair;
let v1Text: string;

type Json = Record<string, unknown>;

/**
 * The signed part as format 1 stored it: a person held one `email` (the first address) and its stamp was
 * kept under that name. Made from today's file, so the rest of the plan is exactly as this build writes it.
 */
function asFormat1(signed: SignedPlan): Json {
  const copy = structuredClone(signed) as unknown as Json & { plan: { content: { people: Json[] }; sync: { stamps: { people?: Record<string, Json> } } } };
  copy['specVersion'] = 1;
  for (const person of copy.plan.content.people) {
    const [first] = person['emails'] as { address: string }[];
    delete person['emails'];
    if (first !== undefined) person['email'] = first.address;
  }
  for (const fields of Object.values(copy.plan.sync.stamps.people ?? {})) {
    if ('emails' in fields) fields['email'] = fields['emails'];
    delete fields['emails'];
  }
  return copy;
}

function signedBy(key: DeviceKeyPair, signed: unknown): string {
  const canonical = canonicalJson(signed);
  return serializeSignedEnvelope(canonical, [signCanonical(canonical, key)]);
}

beforeAll(async () => {
  ({ dataDir } = await initTempDataDir({ kind: 'sample' }));
  deviceKey = await loadDeviceKey(dataDir, createPassphraseProtector(TEST_PASSPHRASE));
  const layout = dataDirLayout(dataDir);
  const current = (JSON.parse(await readFile(layout.planFile, 'utf8')) as { signed: SignedPlan }).signed;
  v1Text = signedBy(deviceKey, asFormat1(current));
  // The folder as the previous release left it: its plan and its history copy both in format 1.
  await writeFile(layout.planFile, v1Text);
  await writeFile(historyPath(layout, current.revision), v1Text);
});

afterAll(async () => {
  await removeTempDir(join(dataDir, '..'));
});

const ingridFirst = { address: 'i.postma@voorbeeldstad.example', kind: 'work' };

describe('a data folder written in format 1', () => {
  it('opens, reads its history copy, saves in the current format and restores the format 1 copy', async () => {
    const opened = await openDataDir(dataDir, testPlatform(), 'write');
    try {
      expect(opened.store.status.state).toBe('ready');
      const ingrid = () => opened.store.current.plan.content.people.find((person) => person.id === 'p-ingrid-postma');
      expect(ingrid()?.emails).toEqual([ingridFirst]);
      expect(opened.store.current.plan.sync.stamps.people?.['p-ingrid-postma']?.['emails']).toBeDefined();

      const revision = opened.store.current.revision;
      const past = await opened.store.readRevision(revision);
      expect(past.specVersion).toBe(SPEC_VERSION);
      expect(past.plan.content.people.find((person) => person.id === 'p-ingrid-postma')?.emails).toEqual([ingridFirst]);

      const service = createPlanService(opened);
      const role = { address: 'bcm@voorbeeldstad.example', kind: 'role' as const, label: 'Postbus BCM' };
      await service.apply([{ op: 'update', collection: 'people', id: 'p-ingrid-postma', set: { emails: [ingridFirst, role] } }]);
      const saved = JSON.parse(await readFile(dataDirLayout(dataDir).planFile, 'utf8')) as { signed: SignedPlan };
      expect(saved.signed.specVersion).toBe(SPEC_VERSION);
      expect(saved.signed.plan.content.people.find((person) => person.id === 'p-ingrid-postma')?.emails).toEqual([ingridFirst, role]);

      const restored = await service.restore(revision);
      expect(restored.specVersion).toBe(SPEC_VERSION);
      expect(restored.plan.content.people.find((person) => person.id === 'p-ingrid-postma')?.emails).toEqual([ingridFirst]);
    } finally {
      await opened.close();
    }
  });

  it('is read the same way when it arrives inside a bundle, its signature checked over the bytes as stored', () => {
    const publicKey = publicKeyFromRaw(deviceKey.publicKey);
    const verified = verifyPlanValue(JSON.parse(v1Text), (keyid) => (keyid === deviceKey.keyid ? { publicKey } : undefined));
    expect(verified.migratedFrom).toBe(1);
    expect(verified.signed.plan.content.people.find((person) => person.id === 'p-ingrid-postma')?.emails).toEqual([ingridFirst]);
  });
});
