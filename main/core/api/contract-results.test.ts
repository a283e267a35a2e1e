import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { api, apiMethods, type ApiEnvelope, type ApiMethod, type ApiResult } from '../../../shared/api.js';
import type { Platform } from '../platform.js';
import { makeTempDir, removeTempDir, testPlatform } from '../test-support/temp-data-dir.js';
import { createApiHandlers, type ApiHandlers } from './api-handlers.js';
import { createAppSession } from './app-session.js';
import { createPassphraseBox } from '../data-dir/passphrase-box.js';

interface Dialogs {
  saveFile?: string;
  file?: string;
  folder?: string;
  opened: string[];
}

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const task of cleanup.splice(0).reverse()) await task();
});

async function laptop(name: string) {
  const parent = await makeTempDir('draaiboek-contract-');
  const dataDir = join(parent, 'data');
  const dialogs: Dialogs = { opened: [] };
  const platform: Platform = {
    ...testPlatform({ name }),
    chooseSaveFile: () => Promise.resolve(dialogs.saveFile),
    chooseFile: () => Promise.resolve(dialogs.file),
    chooseFolder: () => Promise.resolve(dialogs.folder),
    renderPdf: (html) => Promise.resolve(new TextEncoder().encode(`%PDF-1.7 ${html.length}`)),
    printHtml: () => Promise.resolve(true),
    takeOpenedFile: () => dialogs.opened.shift(),
    confirm: () => Promise.resolve(true),
  };
  const session = createAppSession({ dataDir, platform, passphrases: createPassphraseBox() });
  await session.start();
  cleanup.push(async () => {
    await session.close();
    await removeTempDir(parent);
  });
  const handlers: ApiHandlers = createApiHandlers({ session, emit: () => undefined, defaultLanguage: 'nl' });
  return { parent, handlers, dialogs };
}

describe('every handler answers with what the contract promises', () => {
  it('drives each method once with valid arguments and parses its result with the contract schema', async () => {
    const called = new Set<ApiMethod>();
    /** The handler's value, parsed by the contract's own result schema (a mismatch fails here). */
    async function call<M extends ApiMethod>(method: M, envelope: Promise<ApiEnvelope<ApiResult<M>>>): Promise<ApiResult<M>> {
      const answered = await envelope;
      if (!answered.ok) throw new Error(`${method}: ${answered.error.code} ${JSON.stringify(answered.error.params)}`);
      const parsed = api[method].result.safeParse(answered.value);
      if (!parsed.success) throw new Error(`${method}: the result does not fit the contract: ${parsed.error.message}`);
      called.add(method);
      return answered.value;
    }

    const a = await laptop('Laptop A');
    const b = await laptop('Laptop B');
    const stick = a.parent;

    await call('app.status', a.handlers['app.status']());
    await call('app.unlock', a.handlers['app.unlock']({ passphrase: 'niet nodig met een sleutelbos' }));
    await call('settings.get', a.handlers['settings.get']());
    await call('settings.set', a.handlers['settings.set']({ language: 'en' }));
    await call('device.get', a.handlers['device.get']());
    await call('device.rename', a.handlers['device.rename']({ name: 'Laptop BCM-coördinator' }));
    await call('security.atRest', a.handlers['security.atRest']());
    await call('security.setAtRest', a.handlers['security.setAtRest']({ encrypted: false }));
    const plan = await call('plan.current', a.handlers['plan.current']());
    await call('plan.apply', a.handlers['plan.apply']([{ op: 'updateMeta', set: { versionLabel: '4.0' } }]));
    await call('plan.undo', a.handlers['plan.undo']());
    await call('plan.redo', a.handlers['plan.redo']());
    await call('plan.undo', a.handlers['plan.undo']());
    await call('history.list', a.handlers['history.list']());
    await call('history.revision', a.handlers['history.revision'](1));
    await call('history.restore', a.handlers['history.restore'](2));

    a.dialogs.file = join(stick, 'contacten.vcf');
    await writeFile(a.dialogs.file, 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Karel Nieuwland\r\nTEL;TYPE=CELL:06 11223344\r\nEND:VCARD\r\n');
    const choice = await call('contacts.choose', a.handlers['contacts.choose']());
    if (choice === null) throw new Error('no contacts file chosen');
    await call('contacts.apply', a.handlers['contacts.apply']({ importId: choice.importId, decisions: [{ index: 0, action: 'add' }] }));

    const printable = { kind: 'pocket-card', audience: 'organisation', language: 'nl' } as const;
    await call('documents.preview', a.handlers['documents.preview'](printable));
    await call('documents.print', a.handlers['documents.print'](printable));
    a.dialogs.saveFile = join(stick, 'zakkaart.pdf');
    await call('documents.savePdf', a.handlers['documents.savePdf'](printable));
    a.dialogs.saveFile = join(stick, 'contacten.docx');
    await call('documents.saveWord', a.handlers['documents.saveWord']({ kind: 'contacts', audience: 'organisation', language: 'nl' }));
    a.dialogs.saveFile = join(stick, 'acties.csv');
    await call('documents.saveActionsCsv', a.handlers['documents.saveActionsCsv']({ language: 'nl' }));
    await call('copies.list', a.handlers['copies.list']());

    // A to B, both edit one field, B back to A: a conflict for A to resolve.
    a.dialogs.saveFile = join(stick, 'naar-b.draaiboek');
    await call('sync.export', a.handlers['sync.export']({ encrypt: false }));
    a.dialogs.folder = stick;
    await call('sync.exportKit', a.handlers['sync.exportKit']({ encrypt: false, includePdf: false, includeWord: false }));
    const bytes = new Uint8Array(await readFile(join(stick, 'naar-b.draaiboek')));
    const dropped = await call('sync.receiveDropped', b.handlers['sync.receiveDropped']({ fileName: 'naar-b.draaiboek', bytes }));
    const adopt = await call('sync.preview', b.handlers['sync.preview']({ fileId: dropped.fileId }));
    await call('sync.apply', b.handlers['sync.apply']({ token: adopt.token, trustSigner: true }));

    const personId = plan.content.people[0]?.id ?? '';
    await a.handlers['plan.apply']([{ op: 'update', collection: 'people', id: personId, set: { jobTitle: 'Teamleider' } }]);
    await b.handlers['plan.apply']([{ op: 'update', collection: 'people', id: personId, set: { jobTitle: 'Coördinator' } }]);
    b.dialogs.saveFile = join(stick, 'terug.draaiboek');
    await b.handlers['sync.export']({ encrypt: false });
    a.dialogs.opened.push(join(stick, 'terug.draaiboek'));
    const opened = await call('sync.takeOpened', a.handlers['sync.takeOpened']());
    a.dialogs.file = join(stick, 'terug.draaiboek');
    await call('sync.chooseImport', a.handlers['sync.chooseImport']());
    const merge = await a.handlers['sync.preview']({ fileId: opened?.fileId ?? '' });
    if (!merge.ok) throw new Error(merge.error.code);
    await a.handlers['sync.apply']({ token: merge.value.token, trustSigner: true });
    const conflicts = await call('sync.conflicts', a.handlers['sync.conflicts']());
    await call('sync.resolve', a.handlers['sync.resolve'](conflicts[0]?.key ?? '', { value: 'Teamleider crisis' }));
    await call('sync.log', a.handlers['sync.log']());

    // A crisis, from activation to its record.
    const started = await call('crisis.start', a.handlers['crisis.start']({ scenarioIds: ['scen-netwerkstoring'], by: 'Marieke van Dalen', exercise: true }));
    await call('crisis.append', a.handlers['crisis.append']({ crisisId: started.crisisId, event: { kind: 'log-entry', data: { at: '2026-12-01T07:05:00.000Z', message: 'Netwerk ligt eruit' } } }));
    await call('crisis.list', a.handlers['crisis.list']());
    await call('crisis.get', a.handlers['crisis.get']({ crisisId: started.crisisId }));
    a.dialogs.saveFile = join(stick, 'crisis.docx');
    await call('crisis.export', a.handlers['crisis.export']({ crisisId: started.crisisId, format: 'docx', language: 'nl' }));
    await call('crisis.close', a.handlers['crisis.close']({ crisisId: started.crisisId, by: 'Marieke van Dalen', evaluation: { actions: [{ text: 'Radio testen', owner: 'Facilitair', due: '2027-02-01' }] } }));
    await call('cycle.actionsFromCrisis', a.handlers['cycle.actionsFromCrisis']({ crisisId: started.crisisId }));
    await call('cycle.recordCallTreeTest', a.handlers['cycle.recordCallTreeTest']({ date: '2026-12-01', results: [{ personId: 'p-henk-verbeek', outcome: 'reached', number: '+31640001001', at: '2026-12-01T09:02:00.000Z' }] }));
    const current = await a.handlers['plan.current']();
    if (!current.ok) throw new Error('no plan');
    await call('cycle.approve', a.handlers['cycle.approve']({ revision: current.value.revision, body: 'college', date: '2026-12-01' }));
    await call('cycle.overview', a.handlers['cycle.overview']());

    expect([...apiMethods].filter((method) => !called.has(method))).toEqual([]);
  }, 120_000);
});
