import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../crypto/canonical-json.js';
import { loadDeviceKey } from '../crypto/device-key-store.js';
import { serializeSignedEnvelope, signCanonical } from '../crypto/envelope.js';
import { createPlanService } from '../plan/plan-service.js';
import type { AtRest } from '../store/at-rest.js';
import { dataDirLayout } from '../store/data-dir-layout.js';
import { historyPath } from '../store/history.js';
import { makeTempDir, removeTempDir, snapshotDir } from '../test-support/temp-data-dir.js';
import { testKeystorePlatform } from '../test-support/test-key-store.js';
import { initDataDir } from './init-data-dir.js';
import { openDataDir } from './open-data-dir.js';

/*
 * The hostile-file, tamper and rollback checks of a plain folder, on a folder encrypted at rest: decrypting
 * comes first, and then every check runs as on a plain file. A file that does not decrypt is refused as such.
 */

const platform = testKeystorePlatform();
let parent: string;
let dataDir: string;
let atRest: AtRest;
let goodSigned: Record<string, unknown>;

beforeEach(async () => {
  parent = await makeTempDir();
  dataDir = join(parent, 'data');
  await initDataDir(dataDir, platform, { kind: 'sample' }, { encryptAtRest: true });
  const opened = await openDataDir(dataDir, platform, 'write');
  await createPlanService(opened).apply([{ op: 'updateMeta', set: { versionLabel: 'twee' } }]);
  atRest = opened.atRest();
  goodSigned = JSON.parse(canonicalJson(opened.store.current)) as Record<string, unknown>;
  await opened.close();
});

afterEach(async () => {
  await removeTempDir(parent);
});

async function signedText(edit: (canonical: string) => string): Promise<string> {
  const key = await loadDeviceKey(dataDir, await platform.secretProtector());
  const text = edit(canonicalJson(goodSigned));
  return serializeSignedEnvelope(text, [signCanonical(text, key)]);
}

type Hostile = { name: string; code: string; bytes: () => Promise<Uint8Array> };

const hostile: Hostile[] = [
  {
    name: 'a duplicate key in bytes this device signed, encrypted to the folder key',
    code: 'DUPLICATE_KEY',
    bytes: async () => atRest.seal(Buffer.from(await signedText((text) => text.replace('"revision":', '"revision":999,"revision":')))),
  },
  {
    name: 'a __proto__ key, encrypted to the folder key',
    code: 'FORBIDDEN_KEY',
    bytes: async () => atRest.seal(Buffer.from(await signedText((text) => text.replace('"_type":', '"\\u005f_proto__":{"x":1},"_type":')))),
  },
  {
    name: 'a changed byte of the content, encrypted again',
    code: 'SIGNATURE_INVALID',
    bytes: async () => {
      const good = await signedText((text) => text);
      return atRest.seal(Buffer.from(good.replace('"twee"', '"drie"')));
    },
  },
  {
    name: 'a cut-off age file',
    code: 'FILE_UNREADABLE_ENCRYPTED',
    bytes: async () => (await readFile(dataDirLayout(dataDir).planFile)).subarray(0, 3000),
  },
  { name: 'age bytes with a broken header', code: 'FILE_UNREADABLE_ENCRYPTED', bytes: () => Promise.resolve(Buffer.from('age-encryption.org/v1\n-> X25519 !!!\n')) },
  {
    name: 'another folder’s encrypted plan',
    code: 'FILE_UNREADABLE_ENCRYPTED',
    bytes: async () => {
      const other = join(parent, 'other');
      await initDataDir(other, testKeystorePlatform(), { kind: 'sample' }, { encryptAtRest: true });
      return readFile(dataDirLayout(other).planFile);
    },
  },
  {
    name: 'a plain, unsigned plan planted in place of the encrypted one',
    code: 'UNSIGNED',
    bytes: () => Promise.resolve(Buffer.from(JSON.stringify({ signed: goodSigned, signatures: [] }))),
  },
];

describe('a hostile plan.json in a folder encrypted at rest', () => {
  it.each(hostile)('with $name is refused as $code, changes nothing when read, and is moved aside by a writer', async ({ code, bytes }) => {
    const { planFile } = dataDirLayout(dataDir);
    const planted = await bytes();
    await writeFile(planFile, planted);
    const before = await snapshotDir(dataDir);
    const reader = await openDataDir(dataDir, platform, 'read');
    const { status } = reader.store;
    await reader.close();
    expect(status.state === 'refused' && status.refusal.code).toBe(code);
    expect(await snapshotDir(dataDir)).toEqual(before);

    const writer = await openDataDir(dataDir, platform, 'write');
    try {
      const refused = writer.store.status;
      expect(refused.state === 'refused' && refused.refusal.lastGood?.revision).toBe(2);
      const movedTo = refused.state === 'refused' ? refused.refusal.movedTo : undefined;
      expect(movedTo).toBeDefined();
      expect(Buffer.from(await readFile(movedTo ?? '')).equals(Buffer.from(planted))).toBe(true);
      await writer.store.restore(2);
      expect(writer.store.current.revision).toBe(3);
    } finally {
      await writer.close();
    }
  });

  it('an older revision put back in place of the plan is a rollback', async () => {
    await copyFile(historyPath(dataDirLayout(dataDir), 1), dataDirLayout(dataDir).planFile);
    const reader = await openDataDir(dataDir, platform, 'read');
    const { status } = reader.store;
    await reader.close();
    expect(status.state === 'refused' && status.refusal.code).toBe('ROLLBACK');
  });

  it('a state record edited to say the folder is plain is refused as tampered', async () => {
    const { stateFile } = dataDirLayout(dataDir);
    const text = await readFile(stateFile, 'utf8');
    await writeFile(stateFile, text.replace('"mode": "age"', '"mode": "plain"'));
    await expect(openDataDir(dataDir, platform, 'read')).rejects.toMatchObject({ code: 'STATE_TAMPERED' });
  });
});
