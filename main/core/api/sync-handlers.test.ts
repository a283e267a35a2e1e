import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { api, type ApiEnvelope } from '../../../shared/api.js';
import { MAX_BUNDLE_TRANSFER_BYTES } from '../../../shared/sync-contract.js';
import { MAX_BUNDLE_BYTES } from '../bundles/index.js';
import { listCopies } from '../copies/copies-register.js';
import type { ConfirmRequest, Platform } from '../platform.js';
import { makeTempDir, removeTempDir, snapshotDir, testPlatform } from '../test-support/temp-data-dir.js';
import { createApiHandlers, type ApiHandlers } from './api-handlers.js';
import { createAppSession } from './app-session.js';
import { createPassphraseBox } from '../data-dir/passphrase-box.js';

const PASSPHRASE = 'zeven groene lantaarns';

interface Dialogs {
  saveFile?: string;
  file?: string;
  folder?: string;
  opened: string[];
  /** What main asked the user to confirm, and the user's answer (yes unless a test says otherwise). */
  confirmed: ConfirmRequest[];
  answer: boolean;
}

interface Laptop {
  readonly dataDir: string;
  readonly handlers: ApiHandlers;
  readonly dialogs: Dialogs;
  readonly results: unknown[];
}

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const task of cleanup.splice(0).reverse()) await task();
});

async function laptop(name: string): Promise<Laptop> {
  const parent = await makeTempDir('draaiboek-sync-');
  const dataDir = join(parent, 'data');
  const dialogs: Dialogs = { opened: [], confirmed: [], answer: true };
  const platform: Platform = {
    ...testPlatform({ name }),
    chooseSaveFile: () => Promise.resolve(dialogs.saveFile),
    chooseFile: () => Promise.resolve(dialogs.file),
    chooseFolder: () => Promise.resolve(dialogs.folder),
    renderPdf: (html) => Promise.resolve(new TextEncoder().encode(`%PDF-1.7 ${html.length}`)),
    takeOpenedFile: () => dialogs.opened.shift(),
    confirm: (request) => {
      dialogs.confirmed.push(request);
      return Promise.resolve(dialogs.answer);
    },
  };
  const session = createAppSession({ dataDir, platform, passphrases: createPassphraseBox() });
  await session.start();
  cleanup.push(async () => {
    await session.close();
    await removeTempDir(parent);
  });
  const results: unknown[] = [];
  const handlers = createApiHandlers({ session, emit: () => undefined, defaultLanguage: 'nl' });
  return { dataDir, handlers, dialogs, results };
}

async function stick(): Promise<string> {
  const dir = await makeTempDir('draaiboek-stick-');
  cleanup.push(() => removeTempDir(dir));
  return dir;
}

function valueOf<T>(laptopOf: Laptop, envelope: ApiEnvelope<T>): T {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${JSON.stringify(envelope.error.params)}`);
  laptopOf.results.push(envelope.value);
  return envelope.value;
}

describe('USB sync through the contract', () => {
  it('exports to a stick, previews without writing, trusts only on the word, applies and logs', async () => {
    const coordinator = await laptop('Laptop coördinator');
    const member = await laptop('Laptop Henk');
    const dir = await stick();

    coordinator.dialogs.saveFile = join(dir, 'naar-henk');
    const exported = valueOf(coordinator, await coordinator.handlers['sync.export']({ passphrase: PASSPHRASE, recipient: 'Henk' }));
    api['sync.export'].result.parse(exported);
    expect(exported).toMatchObject({ encrypted: true, copyNumber: 1, path: join(dir, 'naar-henk.draaiboek') });

    member.dialogs.file = join(dir, 'naar-henk.draaiboek');
    const received = valueOf(member, await member.handlers['sync.chooseImport']());
    expect(received).toMatchObject({ fileName: 'naar-henk.draaiboek' });
    const fileId = received?.fileId ?? '';
    const before = await snapshotDir(member.dataDir);

    const needsPassphrase = await member.handlers['sync.preview']({ fileId });
    expect(needsPassphrase).toMatchObject({ ok: false, error: { code: 'BUNDLE_PASSPHRASE_REQUIRED' } });
    const wrong = await member.handlers['sync.preview']({ fileId, passphrase: 'verkeerde woorden' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'BUNDLE_PASSPHRASE_WRONG' } });

    const preview = valueOf(member, await member.handlers['sync.preview']({ fileId, passphrase: PASSPHRASE }));
    api['sync.preview'].result.parse(preview);
    expect(preview).toMatchObject({ kind: 'adopt', encrypted: true, signer: { name: 'Laptop coördinator', trusted: false } });
    expect(preview.signer.fingerprint).toBe(exported?.fingerprint);

    const refused = await member.handlers['sync.apply']({ token: preview.token, trustSigner: false });
    expect(refused).toMatchObject({ ok: false, error: { code: 'SIGNER_UNKNOWN' } });
    expect(await snapshotDir(member.dataDir)).toEqual(before);

    const again = valueOf(member, await member.handlers['sync.preview']({ fileId, passphrase: PASSPHRASE }));
    const applied = valueOf(member, await member.handlers['sync.apply']({ token: again.token, trustSigner: true }));
    api['sync.apply'].result.parse(applied);
    expect(applied).toMatchObject({ applied: true, kind: 'adopt' });
    const coordinatorPlan = valueOf(coordinator, await coordinator.handlers['plan.current']());
    expect(applied.plan.planId).toBe(coordinatorPlan.planId);

    const outLog = valueOf(coordinator, await coordinator.handlers['sync.log']());
    api['sync.log'].result.parse(outLog);
    expect(outLog).toEqual([expect.objectContaining({ direction: 'out', recipient: 'Henk', encrypted: true })]);
    const inLog = valueOf(member, await member.handlers['sync.log']());
    expect(inLog).toEqual([
      expect.objectContaining({ direction: 'in', location: 'naar-henk.draaiboek', imported: expect.objectContaining({ kind: 'adopt', from: 'Laptop coördinator' }) as unknown }),
    ]);

    // The passphrase went in as an argument and never came back out.
    expect(JSON.stringify([...coordinator.results, ...member.results])).not.toContain(PASSPHRASE);
  }, 60_000);

  it('surfaces a conflict after syncing both ways and resolves it as a new revision', async () => {
    const coordinator = await laptop('Laptop coördinator');
    const member = await laptop('Laptop Henk');
    const dir = await stick();
    const plain = { encrypt: false as const };

    coordinator.dialogs.saveFile = join(dir, 'een.draaiboek');
    valueOf(coordinator, await coordinator.handlers['sync.export'](plain));
    const bytes = new Uint8Array(await readFile(join(dir, 'een.draaiboek')));
    const dropped = valueOf(member, await member.handlers['sync.receiveDropped']({ fileName: 'een.draaiboek', bytes }));
    const first = valueOf(member, await member.handlers['sync.preview']({ fileId: dropped.fileId }));
    valueOf(member, await member.handlers['sync.apply']({ token: first.token, trustSigner: true }));

    const plan = valueOf(coordinator, await coordinator.handlers['plan.current']());
    const personId = plan.content.people[0]?.id ?? '';
    valueOf(coordinator, await coordinator.handlers['plan.apply']([{ op: 'update', collection: 'people', id: personId, set: { jobTitle: 'Teamleider' } }]));
    valueOf(member, await member.handlers['plan.apply']([{ op: 'update', collection: 'people', id: personId, set: { jobTitle: 'Coördinator' } }]));

    member.dialogs.saveFile = join(dir, 'terug.draaiboek');
    valueOf(member, await member.handlers['sync.export'](plain));
    coordinator.dialogs.opened.push(join(dir, 'terug.draaiboek'));
    const opened = valueOf(coordinator, await coordinator.handlers['sync.takeOpened']());
    expect(opened).toMatchObject({ fileName: 'terug.draaiboek' });
    expect(valueOf(coordinator, await coordinator.handlers['sync.takeOpened']())).toBeNull();
    const merge = valueOf(coordinator, await coordinator.handlers['sync.preview']({ fileId: opened?.fileId ?? '' }));
    expect(merge.kind).toBe('merge');
    expect(merge.newConflicts).toEqual([expect.objectContaining({ recordId: personId, field: 'jobTitle' })]);
    const merged = valueOf(coordinator, await coordinator.handlers['sync.apply']({ token: merge.token, trustSigner: true }));
    expect(merged.newConflicts).toBe(1);
    expect(merged.plan.conflictCount).toBe(1);
    // Undo would restore a whole earlier revision and drop the colleague's changes: not offered after an import.
    expect(merged.plan.canUndo).toBe(false);

    const conflicts = valueOf(coordinator, await coordinator.handlers['sync.conflicts']());
    api['sync.conflicts'].result.parse(conflicts);
    const conflict = conflicts[0];
    expect([conflict?.currentValue, conflict?.otherValue].sort()).toEqual(['Coördinator', 'Teamleider']);
    expect(conflict?.otherAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(conflict?.otherName ?? '').toMatch(/^Laptop (coördinator|Henk)$/);
    // Both sides are labelled: the current value by the laptop and time of the edit that gave it.
    expect(conflict?.currentAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect([conflict?.currentName, conflict?.otherName].sort()).toEqual(['Laptop Henk', 'Laptop coördinator']);
    expect(conflict?.currentIsThisDevice).toBe(conflict?.currentName === 'Laptop coördinator');

    const notAList = await coordinator.handlers['sync.resolve'](conflict?.key ?? '', { keep: 'both' });
    expect(notAList).toMatchObject({ ok: false, error: { code: 'CONFLICT_NOT_A_LIST', params: { field: 'jobTitle' } } });
    expect(valueOf(coordinator, await coordinator.handlers['plan.current']()).revision).toBe(merged.plan.revision);

    const bad = await coordinator.handlers['sync.resolve'](conflict?.key ?? '', { value: { number: '+31' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'SCHEMA_INVALID' } });
    const resolved = valueOf(coordinator, await coordinator.handlers['sync.resolve'](conflict?.key ?? '', { value: 'Teamleider crisis' }));
    expect(resolved.revision).toBe(merged.plan.revision + 1);
    expect(resolved.conflictCount).toBe(0);
    expect(resolved.canUndo).toBe(true);
    expect(resolved.content.people.find((person) => person.id === personId)?.jobTitle).toBe('Teamleider crisis');
    expect(valueOf(coordinator, await coordinator.handlers['sync.conflicts']())).toEqual([]);
  }, 60_000);

  it('writes a readable kit with the organisation’s binder PDF and Word plan by default, each numbered in the register', async () => {
    const coordinator = await laptop('Laptop coördinator');
    const dir = join(await stick(), 'set');
    coordinator.dialogs.folder = dir;
    const result = valueOf(
      coordinator,
      await coordinator.handlers['sync.exportKit']({ passphrase: PASSPHRASE, recipient: 'Wethouder', includePdf: true, includeWord: true }),
    );
    api['sync.exportKit'].result.parse(result);
    expect(coordinator.dialogs.confirmed).toEqual([]);
    const names = (await readdir(dir)).sort();
    expect(names).toEqual(['Draaiboek Gemeente Voorbeeldstad.docx', 'Draaiboek Gemeente Voorbeeldstad.pdf', 'LEESMIJ.txt', 'gemeente-voorbeeldstad-r1.draaiboek']);
    expect(result?.kitFiles[0]).toBe('gemeente-voorbeeldstad-r1.draaiboek');
    expect(result?.readableFiles).toEqual(['Draaiboek Gemeente Voorbeeldstad.pdf', 'Draaiboek Gemeente Voorbeeldstad.docx', 'LEESMIJ.txt']);
    const copies = await listCopies(coordinator.dataDir);
    expect(copies.map((copy) => [copy.kind, copy.copyNumber, copy.recipient, copy.audience])).toEqual([
      ['binder-pdf', 1, 'Wethouder', 'organisation'],
      ['docx', 2, 'Wethouder', 'organisation'],
      ['bundle', 3, 'Wethouder', 'crisis-team'],
    ]);
    const log = valueOf(coordinator, await coordinator.handlers['sync.log']());
    api['sync.log'].result.parse(log);
    expect(log[0]?.readableFiles).toEqual(result?.readableFiles);
  }, 60_000);

  it('puts the crisis team’s documents in a kit only after main asked the user, naming the readable files', async () => {
    const coordinator = await laptop('Laptop coördinator');
    const dir = join(await stick(), 'set');
    coordinator.dialogs.folder = dir;
    coordinator.dialogs.answer = false;
    const before = await snapshotDir(coordinator.dataDir);
    const request = { passphrase: PASSPHRASE, audience: 'crisis-team' as const, includePdf: true, includeWord: true };
    expect(valueOf(coordinator, await coordinator.handlers['sync.exportKit'](request))).toBeNull();
    const asked = { kind: 'kit-readable-personal-data', files: ['Draaiboek Gemeente Voorbeeldstad.pdf', 'Draaiboek Gemeente Voorbeeldstad.docx'] };
    expect(coordinator.dialogs.confirmed).toEqual([asked]);
    expect(await snapshotDir(coordinator.dataDir)).toEqual(before);
    await expect(readdir(dir)).rejects.toThrow();

    coordinator.dialogs.answer = true;
    const result = valueOf(coordinator, await coordinator.handlers['sync.exportKit'](request));
    expect(result?.readableFiles).toEqual([...asked.files, 'LEESMIJ.txt']);
    const copies = await listCopies(coordinator.dataDir);
    expect(copies.map((copy) => [copy.kind, copy.audience])).toEqual([
      ['binder-pdf', 'crisis-team'],
      ['docx', 'crisis-team'],
      ['bundle', 'crisis-team'],
    ]);
  }, 60_000);

  it('refuses what does not fit the contract and changes nothing', async () => {
    const member = await laptop('Laptop Henk');
    const before = await snapshotDir(member.dataDir);
    expect(MAX_BUNDLE_TRANSFER_BYTES).toBe(MAX_BUNDLE_BYTES);
    const notBytes = await member.handlers['sync.receiveDropped']({ fileName: 'x.draaiboek', bytes: [1, 2, 3] });
    expect(notBytes).toMatchObject({ ok: false, error: { code: 'SCHEMA_INVALID' } });
    const empty = await member.handlers['sync.receiveDropped']({ fileName: 'x.draaiboek', bytes: new Uint8Array(0) });
    expect(empty).toMatchObject({ ok: false, error: { code: 'SCHEMA_INVALID' } });
    const longPassphrase = 'geheim '.repeat(300);
    const tooLong = await member.handlers['sync.export']({ passphrase: longPassphrase });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'SCHEMA_INVALID' } });
    expect(JSON.stringify(tooLong)).not.toContain('geheim');
    const unencryptedWithoutWord = await member.handlers['sync.export']({});
    expect(unencryptedWithoutWord).toMatchObject({ ok: false, error: { code: 'SCHEMA_INVALID' } });
    const unknownFile = await member.handlers['sync.preview']({ fileId: '00000000-0000-4000-8000-000000000000' });
    expect(unknownFile).toMatchObject({ ok: false, error: { code: 'BUNDLE_NOT_OPEN' } });

    const junk = valueOf(member, await member.handlers['sync.receiveDropped']({ fileName: 'foto.draaiboek', bytes: new TextEncoder().encode('{"_type":"iets anders"}') }));
    const notABundle = await member.handlers['sync.preview']({ fileId: junk.fileId });
    expect(notABundle.ok).toBe(false);
    member.dialogs.saveFile = undefined;
    expect(valueOf(member, await member.handlers['sync.export']({ encrypt: false }))).toBeNull();
    expect(await snapshotDir(member.dataDir)).toEqual(before);
  }, 30_000);
});
