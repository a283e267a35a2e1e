import { afterEach, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { api, apiMethods, type ApiEnvelope } from '../../../shared/api.js';
import { DraaiboekError } from '../../../shared/errors.js';
import { createTranslator, languages, translateRuntime } from '../../../shared/i18n/index.js';
import { MAX_CHANGES_PER_CALL } from '../../../shared/plan/sync/index.js';
import { createPassphraseProtector } from '../crypto/key-protection.js';
import type { Platform } from '../platform.js';
import { initTempDataDir, makeTempDir, removeTempDir, snapshotDir, testPlatform, TEST_PASSPHRASE } from '../test-support/temp-data-dir.js';
import { createApiHandlers, type ApiHandlers } from './api-handlers.js';
import { createAppSession } from './app-session.js';
import { createPassphraseBox, type PassphraseBox } from '../data-dir/passphrase-box.js';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const task of cleanup.splice(0)) await task();
});

async function open(dataDir: string, platform: Platform = testPlatform(), passphrases: PassphraseBox = createPassphraseBox()) {
  const session = createAppSession({ dataDir, platform, passphrases });
  await session.start();
  const events: unknown[] = [];
  const handlers = createApiHandlers({ session, emit: (event, payload) => events.push({ event, payload }), defaultLanguage: 'nl' });
  cleanup.push(() => session.close());
  return { session, handlers, events };
}

async function sampleDir(): Promise<string> {
  const { dataDir } = await initTempDataDir({ kind: 'sample' });
  cleanup.push(() => removeTempDir(join(dataDir, '..')));
  return dataDir;
}

function value<T>(envelope: ApiEnvelope<T>): T {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${JSON.stringify(envelope.error.params)}`);
  return envelope.value;
}

describe('the services behind the IPC contract', () => {
  it('has exactly one handler per contract method, and every result fits the contract', async () => {
    const { handlers } = await open(await sampleDir());
    expect(Object.keys(handlers).sort()).toEqual([...apiMethods].sort());
    api['plan.current'].result.parse(value(await handlers['plan.current']()));
    api['history.list'].result.parse(value(await handlers['history.list']()));
    api['history.revision'].result.parse(value(await handlers['history.revision'](1)));
    api['app.status'].result.parse(value(await handlers['app.status']()));
    api['settings.get'].result.parse(value(await handlers['settings.get']()));
  });

  it('refuses arguments that do not fit the contract, and changes nothing', async () => {
    const dataDir = await sampleDir();
    const { handlers } = await open(dataDir);
    const before = await snapshotDir(dataDir);
    const bad = await (handlers['plan.apply'] as ApiHandlers['plan.apply'])({ op: 'create' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'SCHEMA_INVALID' } });
    expect(await handlers['history.revision']('1; rm -rf /')).toMatchObject({ ok: false, error: { code: 'SCHEMA_INVALID' } });
    expect(await handlers['settings.set']({ language: 'fr' })).toMatchObject({ ok: false, error: { code: 'SCHEMA_INVALID' } });
    expect(await snapshotDir(dataDir)).toEqual(before);
  });

  it('takes at most 10,000 changes in one call from the page, with the limit named, and changes nothing', async () => {
    const dataDir = await sampleDir();
    const { handlers } = await open(dataDir);
    const before = await snapshotDir(dataDir);
    const changes = Array.from({ length: MAX_CHANGES_PER_CALL + 1 }, () => ({ op: 'updateMeta', set: { versionLabel: 'x' } }));
    const refused = await handlers['plan.apply'](changes);
    expect(refused).toMatchObject({ ok: false, error: { code: 'SCHEMA_INVALID' } });
    if (refused.ok) throw new Error('accepted');
    for (const language of languages) {
      expect(translateRuntime(createTranslator(language), `error.${refused.error.code}`, refused.error.params)).toContain(String(MAX_CHANGES_PER_CALL));
    }
    expect(await snapshotDir(dataDir)).toEqual(before);
  });

  it('saves a change as one signed revision, tells the page, and undoes it as a new revision', async () => {
    const { handlers, events } = await open(await sampleDir());
    const saved = value(await handlers['plan.apply']([{ op: 'updateMeta', set: { versionLabel: '4.0' } }]));
    expect(saved.revision).toBe(2);
    expect(saved.canUndo).toBe(true);
    expect(saved.content.meta.versionLabel).toBe('4.0');
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(events).toEqual([{ event: 'plan.changed', payload: { revision: 2 } }]);
    const undone = value(await handlers['plan.undo']());
    expect(undone.revision).toBe(3);
    expect(undone.content.meta.versionLabel).toBe('3.0');
    expect(undone.canUndo).toBe(false);
    expect(await handlers['plan.undo']()).toMatchObject({ ok: false, error: { code: 'USAGE' } });
  });

  it('names the revision undo returns to, so the page can say what it takes back', async () => {
    const { handlers } = await open(await sampleDir());
    expect(value(await handlers['plan.current']()).undoTo).toBeUndefined();
    value(await handlers['plan.apply']([{ op: 'updateMeta', set: { versionLabel: '4.0' } }]));
    const second = value(await handlers['plan.apply']([{ op: 'updateMeta', set: { versionLabel: '5.0' } }]));
    expect(second.undoTo).toBe(2);
    expect(value(await handlers['plan.current']()).undoTo).toBe(2);
    const undone = value(await handlers['plan.undo']());
    expect(undone.undoTo).toBe(1);
    expect(value(await handlers['plan.undo']()).undoTo).toBeUndefined();
  });

  it('redoes what undo took back, undoably, until a new change is made; with nothing to redo it changes nothing', async () => {
    const dataDir = await sampleDir();
    const { handlers } = await open(dataDir);
    expect(await handlers['plan.redo']()).toMatchObject({ ok: false, error: { code: 'USAGE' } });
    value(await handlers['plan.apply']([{ op: 'updateMeta', set: { versionLabel: '4.0' } }]));
    const undone = value(await handlers['plan.undo']());
    expect(undone.content.meta.versionLabel).toBe('3.0');
    expect(undone.redoTo).toBe(2);
    expect(value(await handlers['plan.current']()).redoTo).toBe(2);

    const redone = value(await handlers['plan.redo']());
    expect(redone.revision).toBe(4);
    expect(redone.content.meta.versionLabel).toBe('4.0');
    expect(redone.redoTo).toBeUndefined();
    expect(redone.undoTo).toBe(3);
    expect(value(await handlers['plan.undo']()).content.meta.versionLabel).toBe('3.0');

    // A new change forks from the undone one: there is nothing left to redo.
    const forked = value(await handlers['plan.apply']([{ op: 'updateMeta', set: { versionLabel: '5.0' } }]));
    expect(forked.redoTo).toBeUndefined();
    const before = await snapshotDir(dataDir);
    expect(await handlers['plan.redo']()).toMatchObject({ ok: false, error: { code: 'USAGE' } });
    expect(await snapshotDir(dataDir)).toEqual(before);
  });

  it('lists history with the signer, and restores a past revision as a new one', async () => {
    const { handlers } = await open(await sampleDir());
    value(await handlers['plan.apply']([{ op: 'updateMeta', set: { versionLabel: '4.0' } }]));
    const list = value(await handlers['history.list']());
    expect(list.map((entry) => [entry.revision, entry.current, entry.signerName])).toEqual([
      [2, true, 'Laptop test'],
      [1, false, 'Laptop test'],
    ]);
    const restored = value(await handlers['history.restore'](1));
    expect(restored.revision).toBe(3);
    expect(restored.content.meta.versionLabel).toBe('3.0');
  });

  it('says in each history row what that revision changed, against the kept revision before it', async () => {
    const { handlers } = await open(await sampleDir());
    value(await handlers['plan.apply']([{ op: 'update', collection: 'people', id: 'p-henk-verbeek', set: { jobTitle: 'Teamleider ICT' } }]));
    value(await handlers['plan.apply']([{ op: 'updateMeta', set: { versionLabel: '4.0' } }]));
    const list = value(await handlers['history.list']());
    api['history.list'].result.parse(list);
    const byRevision = new Map(list.map((entry) => [entry.revision, entry.changes]));
    expect(byRevision.get(2)).toEqual([
      { collection: 'people', addedCount: 0, changedCount: 1, deletedCount: 0, added: [], changed: [{ id: 'p-henk-verbeek', name: 'Henk Verbeek', fields: ['jobTitle'] }], deleted: [] },
    ]);
    expect(byRevision.get(3)).toMatchObject([{ collection: 'meta', changedCount: 1, changed: [{ fields: ['versionLabel'] }] }]);
    expect(byRevision.get(1)).toBeUndefined();
  });

  it('reports a refused plan with the way out, and restoring the last good revision opens it again', async () => {
    const dataDir = await sampleDir();
    const planFile = join(dataDir, 'plan.json');
    await writeFile(planFile, (await readFile(planFile, 'utf8')).replace('Voorbeeldstad', 'Voorbeeldsted'));
    const { handlers } = await open(dataDir);
    const status = value(await handlers['app.status']());
    expect(status).toMatchObject({ state: 'refused', refusal: { code: 'SIGNATURE_INVALID', lastGood: { revision: 1 } } });
    expect(await handlers['plan.current']()).toMatchObject({ ok: false, error: { code: 'PLAN_REFUSED' } });
    value(await handlers['history.restore'](1));
    expect(value(await handlers['app.status']()).state).toBe('ready');
    expect(value(await handlers['plan.current']()).revision).toBe(2);
  });

  it('remembers the language the user chose', async () => {
    const dataDir = await sampleDir();
    const first = await open(dataDir);
    expect(value(await first.handlers['settings.get']())).toEqual({ language: 'nl' });
    value(await first.handlers['settings.set']({ language: 'en' }));
    await first.session.close();
    const again = await open(dataDir);
    expect(value(await again.handlers['settings.get']())).toEqual({ language: 'en' });
  });

  it('imports contacts from a file chosen through the platform, as one new revision', async () => {
    const dataDir = await sampleDir();
    const file = join(dataDir, '..', 'contacts.vcf');
    await writeFile(file, 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Karel Nieuwland\r\nTEL;TYPE=CELL:06 11223344\r\nEND:VCARD\r\n');
    const platform: Platform = { ...testPlatform(), chooseFile: () => Promise.resolve(file) };
    const { handlers } = await open(dataDir, platform);
    const choice = value(await handlers['contacts.choose']());
    if (choice === null) throw new Error('no file chosen');
    expect(choice.preview.entries.map((entry) => [entry.incoming.name, entry.proposed])).toEqual([['Karel Nieuwland', 'add']]);
    // Decisions of a shape the contract does not know are refused at the edge, before the import is touched.
    for (const decisions of [[{ index: 0, action: 'delete' }], [{ index: -1, action: 'add' }], 'alles']) {
      expect(await handlers['contacts.apply']({ importId: choice.importId, decisions })).toMatchObject({ ok: false, error: { code: 'SCHEMA_INVALID' } });
    }
    const after = value(await handlers['contacts.apply']({ importId: choice.importId, decisions: [{ index: 0, action: 'add' }] }));
    expect(after.revision).toBe(2);
    expect(after.content.people.some((person) => person.name === 'Karel Nieuwland')).toBe(true);
    expect(await handlers['contacts.apply']({ importId: choice.importId, decisions: [] })).toMatchObject({ ok: false, error: { code: 'USAGE' } });
  });
});

describe('the first start on a device without an OS key store', () => {
  function passphraseOnlyPlatform(passphrases: PassphraseBox): Platform {
    return {
      ...testPlatform(),
      secretProtector: () => {
        const passphrase = passphrases.get();
        if (passphrase === undefined) return Promise.reject(new DraaiboekError('KEY_PASSPHRASE_REQUIRED', 'no passphrase'));
        return Promise.resolve(createPassphraseProtector(passphrase));
      },
    };
  }

  it('waits for a passphrase instead of storing the key unprotected, then opens the sample plan', async () => {
    const parent = await makeTempDir();
    cleanup.push(() => removeTempDir(parent));
    const dataDir = join(parent, 'data');
    const passphrases = createPassphraseBox();
    const { handlers } = await open(dataDir, passphraseOnlyPlatform(passphrases), passphrases);
    expect(value(await handlers['app.status']())).toMatchObject({ state: 'needs-passphrase', firstStart: true });
    expect(value(await handlers['app.unlock']({ passphrase: TEST_PASSPHRASE })).state).toBe('ready');
    const key = JSON.parse(await readFile(join(dataDir, 'keys', 'device.json'), 'utf8')) as { privateKey: { kind: string } };
    expect(key.privateKey.kind).toBe('passphrase');
    expect(value(await handlers['plan.current']()).content.meta.organisationName).toBe('Gemeente Voorbeeldstad');
  });

  it('asks for the passphrase on a later start (the state record needs the key), and forgets a wrong one', async () => {
    const dataDir = await sampleDir();
    const passphrases = createPassphraseBox();
    const { handlers } = await open(dataDir, passphraseOnlyPlatform(passphrases), passphrases);
    expect(value(await handlers['app.status']())).toMatchObject({ state: 'needs-passphrase', firstStart: false });
    expect(await handlers['plan.apply']([{ op: 'updateMeta', set: { versionLabel: '5' } }])).toMatchObject({ ok: false, error: { code: 'KEY_PASSPHRASE_REQUIRED' } });
    expect(await handlers['app.unlock']({ passphrase: 'wrong' })).toMatchObject({ ok: false, error: { code: 'KEY_PASSPHRASE_WRONG' } });
    expect(value(await handlers['app.status']()).state).toBe('needs-passphrase');
    expect(passphrases.get()).toBeUndefined();
    value(await handlers['app.unlock']({ passphrase: TEST_PASSPHRASE }));
    expect(value(await handlers['plan.apply']([{ op: 'updateMeta', set: { versionLabel: '5' } }])).revision).toBe(2);
  });
});
