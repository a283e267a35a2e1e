import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';
import { signToEnvelopeText, verifyEnvelope } from './envelope.js';
import { generateDeviceKeyPair } from './keys.js';
import { loadTrustStore, removeSigner, trustFilePath, trustSigner } from './trust-store.js';
import { rejectionCode } from '../test-support/rejection-code.js';

const codeOf = rejectionCode;

describe('trust store', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'draaiboek-trust-'));
  });

  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('trusts nobody when there is no trust.json', async () => {
    const store = await loadTrustStore(dataDir);
    expect(store.signers).toEqual([]);
    expect(store.lookup(generateDeviceKeyPair().keyid)).toBeUndefined();
  });

  it('trusts a signer durably, and its signatures verify through lookup', async () => {
    const colleague = generateDeviceKeyPair();
    await trustSigner(dataDir, { publicKey: colleague.publicKey, name: 'Petra de Vries', role: 'BCM-coördinator', addedHow: 'fingerprint-confirmed' });
    const store = await loadTrustStore(dataDir);
    expect(store.signers).toEqual([
      expect.objectContaining({ keyid: colleague.keyid, name: 'Petra de Vries', role: 'BCM-coördinator', addedHow: 'fingerprint-confirmed' }),
    ]);
    expect(store.lookup(colleague.keyid)).toMatchObject({ name: 'Petra de Vries' });
    const envelope = JSON.parse(signToEnvelopeText({ revision: 1 }, [colleague])) as { signatures: { sig: string }[] };
    const sig = envelope.signatures[0]?.sig;
    expect(verifyEnvelope(envelope, (keyid) => store.lookup(keyid))).toEqual({ ok: true, keyid: colleague.keyid, sig, canonicalText: canonicalJson({ revision: 1 }) });
  });

  it('refuses a keyid that does not belong to the public key', async () => {
    const key = generateDeviceKeyPair();
    const other = generateDeviceKeyPair();
    expect(await codeOf(() => trustSigner(dataDir, { keyid: other.keyid, publicKey: key.publicKey, name: 'X', addedHow: 'bundle' }))).toBe('SCHEMA_INVALID');
    expect((await loadTrustStore(dataDir)).signers).toEqual([]);
  });

  it('a removed signer no longer verifies, but stays on record, and can be trusted again', async () => {
    const colleague = generateDeviceKeyPair();
    await trustSigner(dataDir, { publicKey: colleague.publicKey, name: 'Petra', addedHow: 'bundle' });
    const afterRemoval = await removeSigner(dataDir, colleague.keyid);
    expect(afterRemoval.lookup(colleague.keyid)).toBeUndefined();
    const reloaded = await loadTrustStore(dataDir);
    expect(reloaded.lookup(colleague.keyid)).toBeUndefined();
    expect(reloaded.signers[0]?.removedAt).toEqual(expect.any(String));
    const envelope: unknown = JSON.parse(signToEnvelopeText({ revision: 2 }, [colleague]));
    expect(verifyEnvelope(envelope, (keyid) => reloaded.lookup(keyid))).toMatchObject({ ok: false, code: 'SIGNER_UNKNOWN' });

    await trustSigner(dataDir, { publicKey: colleague.publicKey, name: 'Petra', addedHow: 'fingerprint-confirmed' });
    const again = await loadTrustStore(dataDir);
    expect(again.signers).toHaveLength(1);
    expect(again.lookup(colleague.keyid)).toBeDefined();
  });

  it('says RECORD_NOT_FOUND when removing a signer it never had', async () => {
    expect(await codeOf(() => removeSigner(dataDir, 'a'.repeat(64)))).toBe('RECORD_NOT_FOUND');
  });

  it('keeps every signer when several are added at once', async () => {
    const keys = Array.from({ length: 5 }, () => generateDeviceKeyPair());
    await Promise.all(keys.map((key, index) => trustSigner(dataDir, { publicKey: key.publicKey, name: `Laptop ${index}`, addedHow: 'bundle' })));
    const store = await loadTrustStore(dataDir);
    expect(store.signers.map((signer) => signer.keyid).sort()).toEqual(keys.map((key) => key.keyid).sort());
  });

  it('refuses a trust.json whose keyid does not match its key, and never overwrites it', async () => {
    const key = generateDeviceKeyPair();
    await trustSigner(dataDir, { publicKey: key.publicKey, name: 'Eigen laptop', addedHow: 'own-device' });
    const file = JSON.parse(await readFile(trustFilePath(dataDir), 'utf8')) as { signers: Record<string, unknown>[] };
    const forged = { ...file, signers: file.signers.map((signer) => ({ ...signer, keyid: 'b'.repeat(64) })) };
    const forgedText = JSON.stringify(forged);
    await writeFile(trustFilePath(dataDir), forgedText);
    expect(await codeOf(() => loadTrustStore(dataDir))).toBe('SCHEMA_INVALID');
    const newcomer = generateDeviceKeyPair();
    expect(await codeOf(() => trustSigner(dataDir, { publicKey: newcomer.publicKey, name: 'Nieuw', addedHow: 'bundle' }))).toBe('SCHEMA_INVALID');
    expect(await readFile(trustFilePath(dataDir), 'utf8')).toBe(forgedText);
  });

  it('refuses a trust.json that lists a key twice or is not JSON', async () => {
    const key = generateDeviceKeyPair();
    await trustSigner(dataDir, { publicKey: key.publicKey, name: 'Eigen laptop', addedHow: 'own-device' });
    const file = JSON.parse(await readFile(trustFilePath(dataDir), 'utf8')) as { signers: unknown[] };
    await writeFile(trustFilePath(dataDir), JSON.stringify({ ...file, signers: [...file.signers, ...file.signers] }));
    expect(await codeOf(() => loadTrustStore(dataDir))).toBe('SCHEMA_INVALID');
    await writeFile(trustFilePath(dataDir), '{"version":1,"signers":[');
    expect(await codeOf(() => loadTrustStore(dataDir))).toBe('INVALID_JSON');
  });
});
