import * as age from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { AgeError, decryptWithScrypt, decryptWithX25519, encryptToX25519, encryptWithScrypt } from './age-file.js';
import { generateAgeIdentity, parseAgeIdentityFile } from './age-identity.js';

describe('age files made with Node crypto', () => {
  it('writes identities the age library reads, and reads the library’s', async () => {
    const ours = generateAgeIdentity();
    expect(await age.identityToRecipient(ours.secret)).toBe(ours.recipient);
    const theirs = await age.generateX25519Identity();
    expect(parseAgeIdentityFile(`# comment\n${theirs}\n`)?.recipient).toBe(await age.identityToRecipient(theirs));
    expect(parseAgeIdentityFile(`${theirs.slice(0, -1)}q`)).toBeUndefined();
  });

  it.each([0, 5, 65_536, 65_537, 3 * 65_536])('X25519 round trip with the age library, %i bytes', async (size) => {
    const identity = generateAgeIdentity();
    const data = Uint8Array.from({ length: size }, (_, index) => index % 251);
    const ours = encryptToX25519(data, identity.publicKey);
    const decrypter = new age.Decrypter();
    decrypter.addIdentity(identity.secret);
    expect(Buffer.from(await decrypter.decrypt(ours)).equals(Buffer.from(data))).toBe(true);
    const encrypter = new age.Encrypter();
    encrypter.addRecipient(identity.recipient);
    const theirs = await encrypter.encrypt(data);
    expect(decryptWithX25519(theirs, identity.privateKey, identity.publicKey).equals(Buffer.from(data))).toBe(true);
  });

  it('refuses a changed byte, a cut file and another identity', () => {
    const identity = generateAgeIdentity();
    const file = encryptToX25519(Buffer.alloc(70_000, 1), identity.publicKey);
    const changed = Buffer.from(file);
    changed.writeUInt8(changed.readUInt8(changed.length - 100) ^ 1, changed.length - 100);
    expect(() => decryptWithX25519(changed, identity.privateKey, identity.publicKey)).toThrow(AgeError);
    expect(() => decryptWithX25519(file.subarray(0, file.length - 200), identity.privateKey, identity.publicKey)).toThrow(AgeError);
    const other = generateAgeIdentity();
    expect(() => decryptWithX25519(file, other.privateKey, other.publicKey)).toThrow(/no stanza/);
  });

  it('scrypt files open with the right passphrase only, and in the age library', async () => {
    const sealed = await encryptWithScrypt(Buffer.from('geheim'), 'correct horse battery', 14);
    expect(String(await decryptWithScrypt(sealed, 'correct horse battery', 18))).toBe('geheim');
    expect(await decryptWithScrypt(sealed, 'wrong horse battery', 18)).toBeUndefined();
    await expect(decryptWithScrypt(sealed, 'correct horse battery', 13)).rejects.toThrow(/work factor/);
    const decrypter = new age.Decrypter();
    decrypter.addPassphrase('correct horse battery');
    expect(Buffer.from(await decrypter.decrypt(sealed)).toString()).toBe('geheim');
  });
});
