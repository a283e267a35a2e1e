import { describe, expect, it } from 'vitest';
import { DraaiboekError } from '../../../shared/errors.js';
import { createOsKeystoreProtector, createPassphraseProtector, isSealOutdated, protectedSecretSchema, SCRYPT_N, type ProtectedSecret } from './key-protection.js';
import { rejectionCode } from '../test-support/rejection-code.js';

const codeOf = rejectionCode;

const secret = Buffer.from('the private key bytes of this device, 48 bytes!!');

/** A stand-in for the OS key store: XOR with a fixed pad, reversible and visibly not the plain bytes. */
const fakeKeyStore = {
  seal: (plain: Buffer): Buffer => Buffer.from(plain.map((byte) => byte ^ 0x5a)),
  unseal: (sealed: Buffer): Buffer => Buffer.from(sealed.map((byte) => byte ^ 0x5a)),
};

describe('passphrase protection', () => {
  it('round-trips the secret and stores nothing of it in plain text', async () => {
    const protector = createPassphraseProtector('correct horse battery staple');
    const stored = await protector.protect(secret);
    expect(protectedSecretSchema.parse(stored)).toEqual(stored);
    expect(stored).toMatchObject({ kind: 'passphrase', kdf: 'scrypt', N: 2 ** 17, r: 8, p: 1 });
    expect(Buffer.from(stored.kind === 'passphrase' ? stored.salt : '', 'base64')).toHaveLength(16);
    expect(JSON.stringify(stored)).not.toContain(secret.toString('base64'));
    expect((await protector.unprotect(stored)).equals(secret)).toBe(true);
  });

  it('counts a seal below the work factor of the protector as outdated, and only then', async () => {
    const light = await createPassphraseProtector('geheim', 2 ** 14).protect(secret);
    expect(light).toMatchObject({ N: 2 ** 14 });
    expect(isSealOutdated(light, 2)).toBe(true);
    expect(isSealOutdated(light, 2, SCRYPT_N)).toBe(true);
    expect(isSealOutdated(light, 2, 2 ** 14)).toBe(false);
    expect(isSealOutdated(await createPassphraseProtector('geheim').protect(secret), 2)).toBe(false);
  });

  it('uses a fresh salt and iv every time', async () => {
    const protector = createPassphraseProtector('geheim');
    const [first, second] = await Promise.all([protector.protect(secret), protector.protect(secret)]);
    expect(first).not.toEqual(second);
  });

  it('refuses a wrong passphrase with KEY_PASSPHRASE_WRONG', async () => {
    const stored = await createPassphraseProtector('juist').protect(secret);
    expect(await codeOf(() => createPassphraseProtector('fout').unprotect(stored))).toBe('KEY_PASSPHRASE_WRONG');
  });

  it('refuses a tampered ciphertext or a shortened tag', async () => {
    const protector = createPassphraseProtector('juist');
    const stored = await protector.protect(secret);
    if (stored.kind !== 'passphrase') throw new Error('expected a passphrase secret');
    const flipped = Buffer.from(stored.ciphertext, 'base64');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(await codeOf(() => protector.unprotect({ ...stored, ciphertext: flipped.toString('base64') }))).toBe('KEY_PASSPHRASE_WRONG');
    const shortTag = Buffer.from(stored.tag, 'base64').subarray(0, 4).toString('base64');
    expect(await codeOf(() => protector.unprotect({ ...stored, tag: shortTag }))).toBe('KEY_FILE_INVALID');
  });

  it('refuses scrypt parameters that would make unlocking cost gigabytes', async () => {
    const protector = createPassphraseProtector('juist');
    const stored = await protector.protect(secret);
    expect(await codeOf(() => protector.unprotect({ ...stored, N: 2 ** 24 } as ProtectedSecret))).toBe('KEY_FILE_INVALID');
  });

  it('refuses an empty passphrase with KEY_PASSPHRASE_REQUIRED', () => {
    expect(() => createPassphraseProtector('')).toThrow(expect.objectContaining({ code: 'KEY_PASSPHRASE_REQUIRED' }));
  });

  it('treats the same passphrase typed in composed or decomposed form as the same', async () => {
    const stored = await createPassphraseProtector('café').protect(secret);
    expect((await createPassphraseProtector('cafe\u0301').unprotect(stored)).equals(secret)).toBe(true);
  });
});

describe('OS key store protection', () => {
  it('round-trips through the two functions the shell passes', async () => {
    const protector = createOsKeystoreProtector(fakeKeyStore.seal, fakeKeyStore.unseal);
    const stored = await protector.protect(secret);
    expect(stored.kind).toBe('os-keystore');
    expect(JSON.stringify(stored)).not.toContain(secret.toString('base64'));
    expect((await protector.unprotect(stored)).equals(secret)).toBe(true);
  });

  it('reports a key store that cannot open the secret as KEY_FILE_INVALID', async () => {
    const stored = await createOsKeystoreProtector(fakeKeyStore.seal, fakeKeyStore.unseal).protect(secret);
    const broken = createOsKeystoreProtector(fakeKeyStore.seal, () => {
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    });
    expect(await codeOf(() => broken.unprotect(stored))).toBe('KEY_FILE_INVALID');
  });
});

describe('a protector of the wrong kind', () => {
  it('asks for the passphrase when the key was protected by one', async () => {
    const stored = await createPassphraseProtector('juist').protect(secret);
    const osProtector = createOsKeystoreProtector(fakeKeyStore.seal, fakeKeyStore.unseal);
    expect(await codeOf(() => osProtector.unprotect(stored))).toBe('KEY_PASSPHRASE_REQUIRED');
  });

  it('says a passphrase cannot open a key kept by the OS key store', async () => {
    const stored = await createOsKeystoreProtector(fakeKeyStore.seal, fakeKeyStore.unseal).protect(secret);
    const error = await createPassphraseProtector('juist')
      .unprotect(stored)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DraaiboekError);
    expect((error as DraaiboekError).message).toMatch(/OS key store/);
  });
});
