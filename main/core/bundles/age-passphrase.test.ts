import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Decrypter, Encrypter, generateIdentity, identityToRecipient } from 'age-encryption';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DraaiboekError } from '../../../shared/errors.js';
import { makeTempDir, removeTempDir } from '../test-support/temp-data-dir.js';
import { decryptWithFileKey, decryptWithPassphrase, encryptWithPassphrase, MAX_WORK_FACTOR } from './age-passphrase.js';
import { inspectBundle } from './inspect-bundle.js';
import { makeLaptop, type Laptop } from './test-support/laptops.js';
import { rejectionCode } from '../test-support/rejection-code.js';

const PASSPHRASE = 'oranje kast dertien molen';
const LOW_WORK_FACTOR = 10;
const text = new TextEncoder().encode('{"hallo":"wereld"}');

async function codeOf(promise: Promise<unknown>): Promise<string> {
  return (await rejectionCode(() => promise)) ?? 'no error';
}

/** The age header line of the passphrase stanza, with its work factor replaced. */
function withWorkFactor(ciphertext: Uint8Array, workFactor: string): Uint8Array {
  const latin = Buffer.from(ciphertext).toString('latin1');
  return Buffer.from(latin.replace(/^(-> scrypt \S+ )\d+$/m, `$1${workFactor}`), 'latin1');
}

describe('age passphrase encryption', () => {
  it('round-trips, and the library decrypts what is written here and the other way round', async () => {
    const { ciphertext, fileKey } = await encryptWithPassphrase(text, PASSPHRASE, LOW_WORK_FACTOR);
    expect(Buffer.from(ciphertext).subarray(0, 21).toString()).toBe('age-encryption.org/v1');
    expect(await decryptWithPassphrase(ciphertext, PASSPHRASE)).toEqual(text);
    expect(await decryptWithFileKey(ciphertext, fileKey)).toEqual(text);

    const libraryDecrypter = new Decrypter();
    libraryDecrypter.addPassphrase(PASSPHRASE);
    expect(await libraryDecrypter.decrypt(ciphertext)).toEqual(text);

    const libraryEncrypter = new Encrypter();
    libraryEncrypter.setPassphrase(PASSPHRASE);
    libraryEncrypter.setScryptWorkFactor(LOW_WORK_FACTOR);
    expect(await decryptWithPassphrase(await libraryEncrypter.encrypt(text), PASSPHRASE)).toEqual(text);
  });

  it('names a wrong passphrase, a damaged file and a file for other recipients apart', async () => {
    const { ciphertext } = await encryptWithPassphrase(text, PASSPHRASE, LOW_WORK_FACTOR);
    expect(await codeOf(decryptWithPassphrase(ciphertext, 'iets anders'))).toBe('BUNDLE_PASSPHRASE_WRONG');
    expect(await codeOf(decryptWithPassphrase(ciphertext.subarray(0, ciphertext.length - 5), PASSPHRASE))).toBe('BUNDLE_DAMAGED');
    const flipped = Uint8Array.from(ciphertext);
    flipped[flipped.length - 3] = (flipped[flipped.length - 3] ?? 0) ^ 0x01;
    expect(await codeOf(decryptWithPassphrase(flipped, PASSPHRASE))).toBe('BUNDLE_DAMAGED');

    const encrypter = new Encrypter();
    encrypter.addRecipient(await identityToRecipient(await generateIdentity()));
    expect(await codeOf(decryptWithPassphrase(await encrypter.encrypt(text), PASSPHRASE))).toBe('BUNDLE_ENCRYPTION_UNSUPPORTED');
  });

  it('refuses a header demanding work factor 22 before deriving anything', async () => {
    const { ciphertext } = await encryptWithPassphrase(text, PASSPHRASE, LOW_WORK_FACTOR);
    const hostile = withWorkFactor(ciphertext, '22');
    const error = await decryptWithPassphrase(hostile, PASSPHRASE).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DraaiboekError);
    expect(error).toMatchObject({ code: 'BUNDLE_WORK_FACTOR_TOO_HIGH', params: { found: 22, max: MAX_WORK_FACTOR } });
    expect(await codeOf(decryptWithPassphrase(withWorkFactor(ciphertext, '21'), PASSPHRASE))).toBe('BUNDLE_WORK_FACTOR_TOO_HIGH');
  });
});

/** Drive `age --decrypt`, which reads the passphrase from a terminal, through `script`'s pseudo-terminal. */
function ageDecrypt(input: string, output: string, passphrase: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qec', `age --decrypt -o '${output}' '${input}'`, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let asked = false;
    child.stdout.on('data', (chunk: Buffer) => {
      if (!asked && /passphrase/i.test(chunk.toString())) {
        asked = true;
        child.stdin.write(`${passphrase}\n`);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? -1));
  });
}

const ageTool = '/usr/bin/age';
const scriptTool = '/usr/bin/script';

describe.skipIf(!existsSync(ageTool) || !existsSync(scriptTool))('the age command-line tool', () => {
  let laptop: Laptop;
  let stick: string;

  beforeAll(async () => {
    laptop = await makeLaptop('Laptop coördinator', { kind: 'sample' });
    stick = await makeTempDir('draaiboek-stick-');
  });
  afterAll(async () => {
    await laptop.remove();
    await removeTempDir(stick);
  });

  it('decrypts an exported bundle with the passphrase, and the result verifies', async () => {
    const bundle = join(stick, 'voorbeeldstad.draaiboek');
    await laptop.use(({ bundles }) => bundles.exportBundle({ out: bundle, passphrase: PASSPHRASE }));
    const plain = join(stick, 'plan.json');
    expect(await ageDecrypt(bundle, plain, PASSPHRASE)).toBe(0);
    const decrypted = await readFile(plain);
    const inspection = await inspectBundle(decrypted, undefined);
    expect(inspection).toMatchObject({ encrypted: false, organisationName: 'Gemeente Voorbeeldstad', revision: 1 });
    expect(JSON.parse(decrypted.toString('utf8'))).toMatchObject({ _type: 'draaiboek.bundle', bundleVersion: 2, crises: [] });

    expect(await ageDecrypt(bundle, join(stick, 'fout.json'), 'verkeerd')).not.toBe(0);
  }, 60_000);
});
