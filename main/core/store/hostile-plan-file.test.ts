import { cp, open as openFile, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SPEC_VERSION, type SignedPlan } from '../../../shared/plan/plan.js';
import { canonicalJson } from '../crypto/canonical-json.js';
import { loadDeviceKey } from '../crypto/device-key-store.js';
import { serializeSignedEnvelope, signCanonical } from '../crypto/envelope.js';
import { createPassphraseProtector } from '../crypto/key-protection.js';
import { generateDeviceKeyPair, type DeviceKeyPair } from '../crypto/keys.js';
import { openDataDir } from '../data-dir/open-data-dir.js';
import { createPlanService } from '../plan/plan-service.js';
import { initTempDataDir, removeTempDir, snapshotDir, TEST_PASSPHRASE, testPlatform } from '../test-support/temp-data-dir.js';
import { dataDirLayout } from './data-dir-layout.js';
import { MAX_PLAN_FILE_BYTES } from './plan-file.js';

let dataDir: string;
let deviceKey: DeviceKeyPair;
let goodText: string;
let goodSigned: Record<string, unknown>;
let pristineHistory: string;
const mayBeFineElsewhere = new Set(['SPEC_TOO_NEW', 'SIGNER_UNKNOWN']);

beforeAll(async () => {
  ({ dataDir } = await initTempDataDir({ kind: 'sample' }));
  deviceKey = await loadDeviceKey(dataDir, createPassphraseProtector(TEST_PASSPHRASE));
  goodText = await readFile(dataDirLayout(dataDir).planFile, 'utf8');
  goodSigned = (JSON.parse(goodText) as { signed: Record<string, unknown> }).signed;
  pristineHistory = join(dataDir, '..', 'history-copy');
  await cp(dataDirLayout(dataDir).historyDir, pristineHistory, { recursive: true });
});

afterAll(async () => {
  await removeTempDir(join(dataDir, '..'));
});

/** A plan file signed by `key` over exactly this signed object, however odd it is. */
function signedBy(key: DeviceKeyPair, signed: unknown): string {
  const canonical = canonicalJson(signed);
  return serializeSignedEnvelope(canonical, [signCanonical(canonical, key)]);
}

/** A plan file whose signed part is exactly this text, signed as it stands by `key`: bytes no writer of ours makes. */
function rawSignedBy(key: DeviceKeyPair, signedText: string): string {
  return serializeSignedEnvelope(signedText, [signCanonical(signedText, key)]);
}

/** The canonical signed text of the good plan, changed by `edit` (which must change it). */
function editedCanonical(edit: (canonical: string) => string): string {
  const canonical = canonicalJson(goodSigned);
  const edited = edit(canonical);
  if (edited === canonical) throw new Error('the edit changed nothing');
  return edited;
}

function withPlan(change: (plan: SignedPlan['plan']) => void): Record<string, unknown> {
  const copy = structuredClone(goodSigned) as unknown as SignedPlan;
  change(copy.plan);
  return copy as unknown as Record<string, unknown>;
}

type HostileFile = { name: string; code: string; write: (planFile: string) => Promise<void> };

const hostileFiles: HostileFile[] = [
  {
    name: 'a file over the size cap (checked before reading)',
    code: 'FILE_TOO_LARGE',
    write: async (planFile) => {
      // Sparse: the size is real to fstat, the disk holds almost nothing.
      const handle = await openFile(planFile, 'w');
      await handle.truncate(MAX_PLAN_FILE_BYTES + 1);
      await handle.close();
    },
  },
  { name: 'an empty file', code: 'FILE_EMPTY', write: (planFile) => writeFile(planFile, '') },
  {
    name: 'invalid UTF-8',
    code: 'INVALID_UTF8',
    write: (planFile) => writeFile(planFile, Buffer.concat([Buffer.from(goodText.slice(0, 200)), Buffer.from([0xc3, 0x28]), Buffer.from(goodText.slice(200))])),
  },
  { name: 'a truncated file', code: 'INVALID_JSON', write: (planFile) => writeFile(planFile, goodText.slice(0, goodText.length - 7)) },
  {
    name: 'nesting over the cap',
    code: 'NESTING_TOO_DEEP',
    write: (planFile) => writeFile(planFile, goodText.replace('"_type":', `"deep":${'['.repeat(80)}${']'.repeat(80)},"_type":`)),
  },
  {
    name: 'a __proto__ key, even when signed by a trusted key',
    code: 'FORBIDDEN_KEY',
    write: (planFile) => writeFile(planFile, signedBy(deviceKey, { ...goodSigned, ...JSON.parse('{"__proto__":{"isAdmin":true}}') })),
  },
  {
    name: 'a constructor key',
    code: 'FORBIDDEN_KEY',
    write: (planFile) => writeFile(planFile, goodText.replace('"_type":', '"constructor":{"prototype":1},"_type":')),
  },
  {
    name: 'a duplicate key',
    code: 'DUPLICATE_KEY',
    write: (planFile) => writeFile(planFile, goodText.replace('"_type":', '"revision":999,"_type":')),
  },
  {
    name: 'a duplicate key in bytes a trusted key signed',
    code: 'DUPLICATE_KEY',
    write: (planFile) => writeFile(planFile, rawSignedBy(deviceKey, editedCanonical((text) => text.replace('"revision":', '"revision":999,"revision":')))),
  },
  {
    name: 'an escaped __proto__ key in bytes a trusted key signed',
    code: 'FORBIDDEN_KEY',
    write: (planFile) =>
      writeFile(planFile, rawSignedBy(deviceKey, editedCanonical((text) => text.replace('"_type":', '"\\u005f_proto__":{"isAdmin":true},"_type":')))),
  },
  {
    name: '10,000-deep arrays in bytes a trusted key signed',
    code: 'NESTING_TOO_DEEP',
    write: (planFile) =>
      writeFile(planFile, rawSignedBy(deviceKey, editedCanonical((text) => text.replace('"_type":', `"deep":${'['.repeat(10_000)}${']'.repeat(10_000)},"_type":`)))),
  },
  {
    name: 'a lone surrogate in bytes a trusted key signed',
    code: 'SCHEMA_INVALID',
    write: (planFile) =>
      writeFile(planFile, rawSignedBy(deviceKey, editedCanonical((text) => text.replace(/"title":"/, '"title":"\\ud800')))),
  },
  {
    name: 'a schema violation signed by a trusted key',
    code: 'SCHEMA_INVALID',
    write: (planFile) =>
      writeFile(
        planFile,
        signedBy(
          deviceKey,
          withPlan((plan) => {
            (plan.content.people[0]?.phones[0] ?? { number: '' }).number = '06-12345678';
          }),
        ),
      ),
  },
  {
    name: 'a malformed clock stamp',
    code: 'SCHEMA_INVALID',
    write: (planFile) =>
      writeFile(
        planFile,
        signedBy(
          deviceKey,
          withPlan((plan) => {
            plan.sync.stamps.meta = { plan: { title: 'yesterday' } };
          }),
        ),
      ),
  },
  {
    name: 'a newer spec version',
    code: 'SPEC_TOO_NEW',
    write: (planFile) => writeFile(planFile, signedBy(deviceKey, { ...goodSigned, specVersion: SPEC_VERSION + 1 })),
  },
  {
    name: 'a valid signature by an unknown key',
    code: 'SIGNER_UNKNOWN',
    write: (planFile) => writeFile(planFile, signedBy(generateDeviceKeyPair(), goodSigned)),
  },
  {
    name: "a valid signature over a different plan's content",
    code: 'SIGNATURE_INVALID',
    write: async (planFile) => {
      const other = signedBy(deviceKey, { ...goodSigned, revision: 77 });
      const signatures = (JSON.parse(other) as { signatures: unknown }).signatures;
      await writeFile(planFile, JSON.stringify({ signatures, signed: goodSigned }));
    },
  },
  {
    name: 'no signature',
    code: 'UNSIGNED',
    write: (planFile) => writeFile(planFile, JSON.stringify({ signatures: [], signed: goodSigned })),
  },
];

describe('a hostile plan.json', () => {
  it.each(hostileFiles)('with $name is refused as $code and changes nothing when read', async ({ code, write }) => {
    const { planFile } = dataDirLayout(dataDir);
    await write(planFile);
    const before = await snapshotDir(dataDir);
    const opened = await openDataDir(dataDir, testPlatform(), 'read');
    const status = opened.store.status;
    await opened.close();
    expect(status.state === 'refused' && status.refusal.code).toBe(code);
    expect(status.state === 'refused' && status.refusal.lastGood?.revision).toBe(1);
    expect(await snapshotDir(dataDir)).toEqual(before);
    await writeFile(planFile, goodText);
  });

  it.each(hostileFiles)('with $name is never overwritten: moved aside intact, and the last good revision restores', async ({ code, write }) => {
    const { planFile } = dataDirLayout(dataDir);
    await write(planFile);
    const bytes = await readFile(planFile);
    const opened = await openDataDir(dataDir, testPlatform(), 'write');
    try {
      const status = opened.store.status;
      if (status.state !== 'refused') throw new Error('expected a refusal');
      expect(status.refusal.code).toBe(code);
      // Damage is moved aside at once; a file that may be fine elsewhere (newer format, a key not trusted
      // here) stays in place until the user restores, and is moved aside then.
      const movedAtOpen = !mayBeFineElsewhere.has(code);
      expect(status.refusal.movedTo !== undefined).toBe(movedAtOpen);
      if (status.refusal.movedTo !== undefined) expect((await readFile(status.refusal.movedTo)).equals(bytes)).toBe(true);
      else expect((await readFile(planFile)).equals(bytes)).toBe(true);

      const restored = await createPlanService(opened).restore(1);
      const rejected = await readdir(dataDirLayout(dataDir).rejectedDir);
      const kept = await Promise.all(rejected.map((name) => readFile(join(dataDirLayout(dataDir).rejectedDir, name))));
      expect(kept.some((candidate) => candidate.equals(bytes))).toBe(true);
      expect(restored.revision).toBeGreaterThan(1);
    } finally {
      await opened.close();
    }
    await writeFile(planFile, goodText);
    await rm(dataDirLayout(dataDir).historyDir, { recursive: true, force: true });
    await cp(pristineHistory, dataDirLayout(dataDir).historyDir, { recursive: true });
  });
});
