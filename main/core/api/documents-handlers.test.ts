import { afterEach, describe, expect, it } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { api, type ApiEnvelope } from '../../../shared/api.js';
import { printableDocumentKinds, wordDocumentKindNames } from '../../../shared/documents-contract.js';
import { listCopies, recordCopy } from '../copies/copies-register.js';
import { exportDocument, formatPhone, printableKinds, wordDocumentKinds } from '../documents/index.js';
import { createPlanService } from '../plan/plan-service.js';
import type { Platform, SaveFileRequest } from '../platform.js';
import { initTempDataDir, removeTempDir, snapshotDir, testPlatform } from '../test-support/temp-data-dir.js';
import { createApiHandlers, type ApiHandlers } from './api-handlers.js';
import { safeFileName } from './documents-handlers.js';
import { createAppSession } from './app-session.js';
import { createPassphraseBox } from '../data-dir/passphrase-box.js';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const task of cleanup.splice(0)) await task();
});

interface Host {
  readonly saveRequests: SaveFileRequest[];
  readonly printed: string[];
  readonly pdfSources: string[];
  /** What the next save dialog answers: a file name in the output folder, or undefined for "cancel". */
  nextSave: string | undefined;
  printAnswer: boolean;
}

async function openSample(options: { withoutHost?: boolean } = {}) {
  const { dataDir } = await initTempDataDir({ kind: 'sample' });
  const outDir = join(dataDir, '..');
  cleanup.push(() => removeTempDir(outDir));
  const host: Host = { saveRequests: [], printed: [], pdfSources: [], nextSave: undefined, printAnswer: true };
  const platform: Platform = options.withoutHost
    ? testPlatform()
    : {
        ...testPlatform({ now: () => new Date('2026-11-29T15:00:00Z') }),
        chooseSaveFile: (request) => {
          host.saveRequests.push(request);
          return Promise.resolve(host.nextSave === undefined ? undefined : join(outDir, host.nextSave));
        },
        renderPdf: (html) => {
          host.pdfSources.push(html);
          return Promise.resolve(new TextEncoder().encode(`%PDF-test\n${html.length}`));
        },
        printHtml: (html) => {
          host.printed.push(html);
          return Promise.resolve(host.printAnswer);
        },
      };
  const session = createAppSession({ dataDir, platform, passphrases: createPassphraseBox() });
  await session.start();
  cleanup.push(() => session.close());
  const handlers = createApiHandlers({ session, emit: () => undefined, defaultLanguage: 'nl' });
  return { dataDir, outDir, host, handlers, session };
}

function value<T>(envelope: ApiEnvelope<T>): T {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${JSON.stringify(envelope.error.params)}`);
  return envelope.value;
}

const samplePlan = JSON.parse(await readFile(new URL('../../../resources/sample/voorbeeldstad.plan.json', import.meta.url), 'utf8')) as {
  people: { phones: { number: string; private?: boolean }[] }[];
};
const privateNumbers = samplePlan.people.flatMap((person) => person.phones.filter((phone) => phone.private === true).flatMap((phone) => [formatPhone(phone.number), phone.number]));

describe('the print centre behind the contract', () => {
  it('offers exactly the printables and Word documents the document core makes', () => {
    expect([...printableDocumentKinds]).toEqual([...printableKinds]);
    expect([...wordDocumentKindNames]).toEqual([...wordDocumentKinds]);
  });

  it('previews every printable for the chosen audience, leaves out private numbers for the organisation, and records nothing', async () => {
    const { dataDir, handlers } = await openSample();
    const before = await snapshotDir(dataDir);
    expect(privateNumbers.length).toBeGreaterThan(3);
    for (const kind of printableDocumentKinds) {
      const preview = value(await handlers['documents.preview']({ kind, audience: 'organisation', language: 'nl' }));
      api['documents.preview'].result.parse(preview);
      expect(preview.html).toMatch(/^<!DOCTYPE html>/);
      expect(preview.revision).toBe(1);
      for (const number of privateNumbers) expect(preview.html, `${kind} shows ${number}`).not.toContain(number);
    }
    const crisisTeam = value(await handlers['documents.preview']({ kind: 'contact-sheet', audience: 'crisis-team', language: 'nl' }));
    expect(privateNumbers.some((number) => crisisTeam.html.includes(number))).toBe(true);
    expect(await snapshotDir(dataDir)).toEqual(before);
  });

  it('saves the binder as PDF as numbered copies: 1, then 2 on the cover and in the register', async () => {
    const { dataDir, outDir, host, handlers } = await openSample();
    host.nextSave = 'map-1.pdf';
    const first = value(await handlers['documents.savePdf']({ kind: 'binder', audience: 'organisation', language: 'nl', recipient: '  Paraatheidskoffer  ' }));
    expect(first).toEqual({ completed: true, fileName: 'map-1.pdf', copyNumber: 1 });
    host.nextSave = 'map-2.pdf';
    const second = value(await handlers['documents.savePdf']({ kind: 'binder', audience: 'crisis-team', language: 'nl' }));
    expect(second).toEqual({ completed: true, fileName: 'map-2.pdf', copyNumber: 2 });
    // The binder is rendered twice (its contents are numbered from a first pass): the last is the copy saved.
    expect(host.pdfSources.at(-1)).toContain('Exemplaar nr. 2');
    expect(host.saveRequests[0]).toEqual({
      purpose: 'pdf',
      extensions: ['pdf'],
      suggestedName: 'Gemeente Voorbeeldstad - Crisismap - revisie 1.pdf',
    });
    expect((await readFile(join(outDir, 'map-2.pdf'), 'utf8')).startsWith('%PDF-test')).toBe(true);

    const register = value(await handlers['copies.list']());
    api['copies.list'].result.parse(register);
    expect(register.map((entry) => [entry.copyNumber, entry.kind, entry.audience, entry.revision, entry.recipient])).toEqual([
      [1, 'binder-pdf', 'organisation', 1, 'Paraatheidskoffer'],
      [2, 'binder-pdf', 'crisis-team', 1, undefined],
    ]);
    expect(register[0]?.location).toBe(join(outDir, 'map-1.pdf'));
    expect(await listCopies(dataDir)).toHaveLength(2);
  });

  it('a cancelled save dialog writes nothing and hands out no number', async () => {
    const { dataDir, outDir, host, handlers } = await openSample();
    const before = await snapshotDir(dataDir);
    const filesBefore = await readdir(outDir);
    host.nextSave = undefined;
    expect(value(await handlers['documents.savePdf']({ kind: 'binder', audience: 'organisation', language: 'nl' }))).toEqual({ completed: false });
    expect(value(await handlers['documents.saveWord']({ kind: 'plan', audience: 'organisation', language: 'en' }))).toEqual({ completed: false });
    expect(value(await handlers['documents.saveActionsCsv']({ language: 'nl' }))).toEqual({ completed: false });
    expect(host.pdfSources).toEqual([]);
    expect(await snapshotDir(dataDir)).toEqual(before);
    expect(await readdir(outDir)).toEqual(filesBefore);
  });

  it('prints through the system dialog; only the binder is numbered', async () => {
    const { host, handlers } = await openSample();
    const sheet = value(await handlers['documents.print']({ kind: 'contact-sheet', audience: 'organisation', language: 'nl' }));
    expect(sheet).toEqual({ completed: true });
    expect(host.printed[0]).toContain('Noodcontactlijst crisisteam');
    const binder = value(await handlers['documents.print']({ kind: 'binder', audience: 'crisis-team', language: 'en' }));
    expect(binder).toEqual({ completed: true, copyNumber: 1 });
    expect(host.printed[1]).toContain('Copy no. 1');
    host.printAnswer = false;
    expect(value(await handlers['documents.print']({ kind: 'binder', audience: 'crisis-team', language: 'nl' }))).toEqual({ completed: false, copyNumber: 2 });
    const register = value(await handlers['copies.list']());
    expect(register.map((entry) => [entry.copyNumber, entry.kind])).toEqual([
      [1, 'binder-print'],
      [2, 'binder-print'],
    ]);
  });

  it('saves Word documents; the Word plan is a numbered copy, the contact list is not', async () => {
    const { outDir, host, handlers } = await openSample();
    host.nextSave = 'plan.docx';
    expect(value(await handlers['documents.saveWord']({ kind: 'plan', audience: 'organisation', language: 'nl' }))).toEqual({
      completed: true,
      fileName: 'plan.docx',
      copyNumber: 1,
    });
    expect(host.saveRequests[0]?.suggestedName).toBe('Gemeente Voorbeeldstad - Bedrijfscontinuïteitsplan - revisie 1.docx');
    host.nextSave = 'contacten.docx';
    expect(value(await handlers['documents.saveWord']({ kind: 'contacts', audience: 'organisation', language: 'nl' }))).toEqual({
      completed: true,
      fileName: 'contacten.docx',
    });
    for (const name of ['plan.docx', 'contacten.docx']) {
      expect((await readFile(join(outDir, name))).subarray(0, 2).toString('latin1')).toBe('PK');
    }
    expect(value(await handlers['copies.list']()).map((entry) => entry.kind)).toEqual(['docx']);
  });

  it('saves the improvement actions as the same CSV the command line writes, in no register', async () => {
    const { dataDir, outDir, host, handlers, session } = await openSample();
    host.nextSave = 'acties.csv';
    expect(value(await handlers['documents.saveActionsCsv']({ language: 'nl' }))).toEqual({ completed: true, fileName: 'acties.csv' });
    expect(host.saveRequests[0]).toEqual({ purpose: 'csv', extensions: ['csv'], suggestedName: 'Gemeente Voorbeeldstad - Verbeteracties - revisie 1.csv' });
    const saved = await readFile(join(outDir, 'acties.csv'));
    const { signed } = createPlanService(session.opened()).current();
    const cli = await exportDocument({ dataDir, plan: signed, signerFingerprint: 'x' }, { format: 'csv', what: 'actions', audience: 'organisation', language: 'nl', printedAt: new Date() });
    expect(saved.equals(cli.bytes)).toBe(true);
    const lines = saved.toString('utf8').split('\r\n');
    expect(lines[0]).toBe('\ufeffid;text;owner;due;status;source;concerns;closed');
    expect(lines.filter((line) => line !== '')).toHaveLength(1 + signed.plan.content.improvementActions.length);
    expect(value(await handlers['copies.list']())).toEqual([]);
  });

  it('lists bundles in the register with the signer fingerprint', async () => {
    const { dataDir, handlers } = await openSample();
    const planId = value(await handlers['plan.current']()).planId;
    await recordCopy(dataDir, { direction: 'in', kind: 'bundle', planId, revision: 1, encrypted: true, signerKeyid: 'ab'.repeat(32), location: 'stick.draaiboek' });
    const [entry] = value(await handlers['copies.list']());
    expect(entry).toMatchObject({ direction: 'in', kind: 'bundle', encrypted: true, signerFingerprint: 'ABAB ABAB ABAB ABAB' });
    expect(entry).not.toHaveProperty('signerKeyid');
  });

  it('suggests file names no file system refuses, whatever the organisation is called', () => {
    expect(safeFileName('Gemeente A/B: "Noord"\u0000 - Crisismap', 'pdf')).toBe('Gemeente A B Noord - Crisismap.pdf');
    expect(safeFileName('../..', 'pdf')).toBe('draaiboek.pdf');
    expect(safeFileName('x'.repeat(400), 'docx')).toHaveLength(155);
  });

  it('refuses requests without an audience, with unknown kinds or with a path, and changes nothing', async () => {
    const { dataDir, host, handlers } = await openSample();
    host.nextSave = 'x.pdf';
    const before = await snapshotDir(dataDir);
    const loose = handlers as unknown as Record<string, (...args: unknown[]) => Promise<ApiEnvelope<unknown>>>;
    const bad: [string, unknown][] = [
      ['documents.savePdf', { kind: 'binder', language: 'nl' }],
      ['documents.print', { kind: 'binder', audience: 'iedereen', language: 'nl' }],
      ['documents.preview', { kind: 'secret-file', audience: 'organisation', language: 'nl' }],
      ['documents.saveWord', { kind: 'plan', audience: 'organisation', language: 'nl', path: '/etc/passwd' }],
      ['documents.saveWord', { kind: 'binder', audience: 'organisation', language: 'nl' }],
      ['documents.savePdf', { kind: 'binder', audience: 'organisation', language: 'nl', recipient: 'x'.repeat(301) }],
      ['documents.saveActionsCsv', { language: 'nl', path: '/etc/passwd' }],
      ['documents.saveActionsCsv', { language: 'de' }],
    ];
    for (const [method, args] of bad) {
      expect(await loose[method]?.(args), method).toMatchObject({ ok: false, error: { code: 'SCHEMA_INVALID' } });
    }
    expect(host.saveRequests).toEqual([]);
    expect(await snapshotDir(dataDir)).toEqual(before);
  });

  it('says plainly when the host cannot print or save, and records nothing', async () => {
    const { dataDir, handlers } = await openSample({ withoutHost: true });
    const before = await snapshotDir(dataDir);
    const printed = await (handlers['documents.print'] as ApiHandlers['documents.print'])({ kind: 'binder', audience: 'organisation', language: 'nl' });
    // A code and no text: the page words it in its own language, whichever language the request named.
    expect(printed).toEqual({ ok: false, error: { code: 'PRINT_UNAVAILABLE', params: {} } });
    const pdf = await handlers['documents.savePdf']({ kind: 'binder', audience: 'organisation', language: 'nl' });
    expect(pdf).toEqual({ ok: false, error: { code: 'PDF_UNAVAILABLE', params: {} } });
    const saved = await handlers['documents.saveWord']({ kind: 'plan', audience: 'organisation', language: 'en' });
    expect(saved).toEqual({ ok: false, error: { code: 'SAVE_DIALOG_UNAVAILABLE', params: {} } });
    expect(await handlers['documents.saveActionsCsv']({ language: 'nl' })).toEqual({ ok: false, error: { code: 'SAVE_DIALOG_UNAVAILABLE', params: {} } });
    expect(await snapshotDir(dataDir)).toEqual(before);
  });
});
