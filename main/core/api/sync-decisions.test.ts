import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiEnvelope } from '../../../shared/api.js';
import { translateRuntime, createTranslator } from '../../../shared/i18n/index.js';
import { makeLaptop, makeStick } from '../bundles/test-support/laptops.js';
import { launchHtmlToPdf } from '../documents/test-support/html-to-pdf.js';
import { convertWithLibreOffice, readPdf, squeeze } from '../documents/test-support/pdf-tools.js';
import { createDeviceKey } from '../crypto/device-key-store.js';
import { createPassphraseProtector } from '../crypto/key-protection.js';
import { fingerprintOf } from '../crypto/keys.js';
import type { ConfirmRequest, Platform } from '../platform.js';
import { makeTempDir, removeTempDir, snapshotDir, testPlatform } from '../test-support/temp-data-dir.js';
import { createApiHandlers, type ApiHandlers } from './api-handlers.js';
import { createAppSession } from './app-session.js';
import { createPassphraseBox } from '../data-dir/passphrase-box.js';

/*
 * The page is treated as compromised here: it calls the handlers with whatever arguments it likes. What only
 * the user may decide (trusting a signer, writing unencrypted) must then still wait for main's own question.
 */

interface AppLaptop {
  readonly dataDir: string;
  readonly handlers: ApiHandlers;
  /** What main asked the user, in order. */
  readonly asked: ConfirmRequest[];
  /** The user's answers to main's questions, in order; no answer left is a no. */
  readonly answers: boolean[];
  readonly dialogs: { saveFile?: string; folder?: string; saveAsked: number };
}

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const task of cleanup.splice(0).reverse()) await task();
});

async function appLaptop(name: string, extra: Partial<Platform> = {}): Promise<AppLaptop> {
  const parent = await makeTempDir('draaiboek-decide-');
  const dataDir = join(parent, 'data');
  const asked: ConfirmRequest[] = [];
  const answers: boolean[] = [];
  const dialogs: AppLaptop['dialogs'] = { saveAsked: 0 };
  const platform: Platform = {
    ...testPlatform({ name }),
    chooseSaveFile: () => {
      dialogs.saveAsked += 1;
      return Promise.resolve(dialogs.saveFile);
    },
    chooseFolder: () => Promise.resolve(dialogs.folder),
    renderPdf: (html) => Promise.resolve(new TextEncoder().encode(`%PDF-1.7 ${html.length}`)),
    confirm: (request) => {
      asked.push(request);
      return Promise.resolve(answers.shift() ?? false);
    },
    ...extra,
  };
  const session = createAppSession({ dataDir, platform, passphrases: createPassphraseBox() });
  await session.start();
  cleanup.push(async () => {
    await session.close();
    await removeTempDir(parent);
  });
  const handlers = createApiHandlers({ session, emit: () => undefined, defaultLanguage: 'nl' });
  return { dataDir, handlers, asked, answers, dialogs };
}

async function stickDir(): Promise<string> {
  const stick = await makeStick();
  cleanup.push(() => stick.remove());
  return stick.dir;
}

/** A bundle from a laptop this one has never seen, named as its sender likes. */
async function strangersBundle(name: string): Promise<{ bytes: Uint8Array; fingerprint: string }> {
  const stranger = await makeLaptop(name, { kind: 'sample' });
  cleanup.push(() => stranger.remove());
  const bytes = await stranger.exportTo(await stickDir(), 'vreemd.draaiboek');
  const fingerprint = await stranger.use(({ opened }) => Promise.resolve(fingerprintOf(opened.deviceKeyid)));
  return { bytes, fingerprint };
}

function valueOf<T>(envelope: ApiEnvelope<T>): T {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${JSON.stringify(envelope.error.params)}`);
  return envelope.value;
}

async function dropAndPreview(laptop: AppLaptop, bytes: Uint8Array) {
  const received = valueOf(await laptop.handlers['sync.receiveDropped']({ fileName: 'vreemd.draaiboek', bytes }));
  return valueOf(await laptop.handlers['sync.preview']({ fileId: received.fileId }));
}

describe('what only the user decides is asked by main', () => {
  it('trusts a new signer only on the answer to main’s question, never on the page’s trustSigner', async () => {
    const laptop = await appLaptop('Laptop coördinator');
    const stranger = await strangersBundle('Laptop onbekend');
    const before = await snapshotDir(laptop.dataDir);

    const preview = await dropAndPreview(laptop, stranger.bytes);
    expect(preview.signer).toMatchObject({ trusted: false, name: 'Laptop onbekend' });
    const refused = await laptop.handlers['sync.apply']({ token: preview.token, trustSigner: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'SIGNER_UNKNOWN' } });
    expect(laptop.asked).toEqual([{ kind: 'trust-signer', signer: { name: 'Laptop onbekend', fingerprint: stranger.fingerprint } }]);
    expect(await snapshotDir(laptop.dataDir)).toEqual(before);

    laptop.answers.push(true);
    const again = await dropAndPreview(laptop, stranger.bytes);
    const applied = valueOf(await laptop.handlers['sync.apply']({ token: again.token, trustSigner: true }));
    expect(applied).toMatchObject({ applied: true, kind: 'adopt' });
    const trust = JSON.parse(await readFile(join(laptop.dataDir, 'trust.json'), 'utf8')) as { signers: { name: string }[] };
    expect(trust.signers.map((signer) => signer.name)).toEqual(['Laptop coördinator', 'Laptop onbekend']);
  }, 60_000);

  it('shows a key that takes a trusted name with both fingerprints, and refuses it unless that is confirmed', async () => {
    const laptop = await appLaptop('Laptop coördinator');
    const own = valueOf(await laptop.handlers['plan.current']()).signerFingerprint;
    const stranger = await strangersBundle(' laptop  COÖRDINATOR');
    const before = await snapshotDir(laptop.dataDir);

    const preview = await dropAndPreview(laptop, stranger.bytes);
    const refused = await laptop.handlers['sync.apply']({ token: preview.token, trustSigner: true });
    expect(laptop.asked).toEqual([
      {
        kind: 'trust-signer',
        signer: { name: 'laptop  COÖRDINATOR', fingerprint: stranger.fingerprint },
        sameName: { name: 'Laptop coördinator', fingerprint: own },
      },
    ]);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'SIGNER_NAME_TAKEN', params: { fingerprint: stranger.fingerprint, trustedFingerprint: own } },
    });
    const shown = refused.ok ? '' : translateRuntime(createTranslator('en'), 'error.SIGNER_NAME_TAKEN', refused.error.params);
    expect(shown).toContain(own);
    expect(shown).toContain(stranger.fingerprint);
    expect(await snapshotDir(laptop.dataDir)).toEqual(before);
  }, 60_000);

  it('writes nothing unencrypted when main’s question is answered no, whatever the page said', async () => {
    const laptop = await appLaptop('Laptop coördinator');
    const stick = await stickDir();
    laptop.dialogs.saveFile = join(stick, 'open');
    laptop.dialogs.folder = join(stick, 'map');
    const before = await snapshotDir(laptop.dataDir);

    expect(valueOf(await laptop.handlers['sync.export']({ encrypt: false }))).toBeNull();
    expect(valueOf(await laptop.handlers['sync.exportKit']({ encrypt: false, includePdf: false, includeWord: false }))).toBeNull();
    expect(laptop.asked).toEqual([{ kind: 'export-unencrypted' }, { kind: 'export-unencrypted' }]);
    expect(laptop.dialogs.saveAsked).toBe(0);
    expect(await readdir(stick)).toEqual([]);
    expect(await snapshotDir(laptop.dataDir)).toEqual(before);

    laptop.answers.push(true);
    const written = valueOf(await laptop.handlers['sync.export']({ encrypt: false }));
    expect(written).toMatchObject({ encrypted: false, path: join(stick, 'open.draaiboek'), readableFiles: ['open.draaiboek'] });
  }, 60_000);

  it('refuses a bundle passphrase under 10 characters in main, with a translated message, writing nothing', async () => {
    const laptop = await appLaptop('Laptop coördinator');
    const stick = await stickDir();
    laptop.dialogs.saveFile = join(stick, 'kort');
    const before = await snapshotDir(laptop.dataDir);
    const refused = await laptop.handlers['sync.export']({ passphrase: '123456789' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'PASSPHRASE_TOO_SHORT', params: { min: 10 } } });
    expect(refused.ok ? '' : translateRuntime(createTranslator('nl'), 'error.PASSPHRASE_TOO_SHORT', refused.error.params)).toBe(
      'De wachtwoordzin is te kort: gebruik minstens 10 tekens. Er is niets geschreven.',
    );
    expect(await readdir(stick)).toEqual([]);
    expect(await snapshotDir(laptop.dataDir)).toEqual(before);
  }, 60_000);

  it('refuses to protect a new device key with a passphrase under 12 characters', async () => {
    const dir = await makeTempDir('draaiboek-key-');
    cleanup.push(() => removeTempDir(dir));
    const refused = await createDeviceKey(dir, createPassphraseProtector('elf tekens!'), 'Laptop').catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'PASSPHRASE_TOO_SHORT', params: { min: 12 } });
    expect(await readdir(dir)).toEqual([]);
    await expect(createDeviceKey(dir, createPassphraseProtector('twaalf tekens'), 'Laptop')).resolves.toMatchObject({ keyid: expect.any(String) as unknown });
  });
});

/** Digits only, so a number reads the same however a document spaced it. */
function digitsOf(text: string): string {
  return text.replace(/[^0-9+]/g, '');
}

describe('the readable kit on a stick', () => {
  it('holds no private number and no note by default, and its readme says exactly which files anyone can read', async () => {
    const html = await launchHtmlToPdf();
    cleanup.push(() => html.close());
    const laptop = await appLaptop('Laptop coördinator', { renderPdf: (source) => html.toPdf(source) });
    const plan = valueOf(await laptop.handlers['plan.current']());
    const person = plan.content.people.find((candidate) => candidate.phones.some((phone) => phone.private === true && phone.consentRecordedOn !== undefined) && candidate.notes !== undefined);
    const privateNumber = person?.phones.find((phone) => phone.private === true)?.number ?? '';
    const note = squeeze(person?.notes ?? '').slice(0, 40);
    expect(privateNumber).not.toBe('');
    expect(note).not.toBe('');
    // The national form as documents print it: 0 instead of +31.
    const printed = digitsOf(privateNumber).replace(/^\+31/, '0');
    const stick = await stickDir();

    async function kitTexts(dir: string): Promise<{ names: string[]; texts: string[] }> {
      const names = (await readdir(dir)).sort();
      const pdfPath = join(dir, names.find((name) => name.endsWith('.pdf')) ?? '');
      const docxName = names.find((name) => name.endsWith('.docx')) ?? '';
      const word = await convertWithLibreOffice([{ name: 'plan.docx', bytes: await readFile(join(dir, docxName)) }]);
      return { names, texts: [(await readPdf(pdfPath)).text, word.get('plan.docx')?.text ?? ''].map(squeeze) };
    }

    laptop.dialogs.folder = join(stick, 'standaard');
    const kit = valueOf(await laptop.handlers['sync.exportKit']({ passphrase: 'zeven groene lantaarns', includePdf: true, includeWord: true }));
    expect(laptop.asked).toEqual([]);
    const plain = await kitTexts(laptop.dialogs.folder);
    for (const text of plain.texts) {
      expect(text.length).toBeGreaterThan(1_000);
      expect(digitsOf(text)).not.toContain(printed);
      expect(text).not.toContain(note);
    }

    const readme = (await readFile(join(laptop.dialogs.folder, 'LEESMIJ.txt'), 'utf8')).replace(/^\ufeff/, '');
    const listed = [...readme.matchAll(/^ {2}- (.+?): (.+?)\r?$/gm)].map((match): [string, string] => [match[1] ?? '', match[2] ?? '']);
    expect(listed.map(([name]) => name).sort()).toEqual(plain.names);
    const bundleName = kit?.kitFiles[0] ?? '';
    expect((await readFile(join(laptop.dialogs.folder, bundleName))).subarray(0, 21).toString()).toBe('age-encryption.org/v1');
    const unreadable = listed.filter(([, claim]) => !claim.includes('NIET versleuteld')).map(([name]) => name);
    expect(unreadable).toEqual([bundleName]);
    expect(listed.filter(([, claim]) => claim.includes('NIET versleuteld')).map(([name]) => name).sort()).toEqual([...(kit?.readableFiles ?? [])].sort());
    expect(listed.filter(([, claim]) => claim.includes('met privénummers')).map(([name]) => name)).toEqual([]);

    // The check sees what it looks for: the crisis team's copy, confirmed in main, does hold both.
    laptop.answers.push(true);
    laptop.dialogs.folder = join(stick, 'crisisteam');
    valueOf(await laptop.handlers['sync.exportKit']({ passphrase: 'zeven groene lantaarns', audience: 'crisis-team', includePdf: true, includeWord: true }));
    const personal = await kitTexts(laptop.dialogs.folder);
    for (const text of personal.texts) {
      expect(digitsOf(text)).toContain(printed);
    }
    const personalReadme = await readFile(join(laptop.dialogs.folder, 'LEESMIJ.txt'), 'utf8');
    expect(personalReadme).toContain('Draaiboek Gemeente Voorbeeldstad.pdf: NIET versleuteld, leesbaar zonder wachtwoordzin; voor het crisisteam');
  }, 240_000);
});
