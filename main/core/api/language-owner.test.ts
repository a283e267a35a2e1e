import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { ApiEnvelope } from '../../../shared/api.js';
import { catalogs } from '../../../shared/i18n/index.js';
import { confirmationText, type ConfirmationText } from '../confirmation-text.js';
import type { Platform } from '../platform.js';
import { initTempDataDir, makeTempDir, removeTempDir, snapshotDir, testPlatform } from '../test-support/temp-data-dir.js';
import { createApiHandlers } from './api-handlers.js';
import { createAppSession } from './app-session.js';
import { createLanguageOwner } from './language-owner.js';
import { createPassphraseBox } from '../data-dir/passphrase-box.js';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const task of cleanup.splice(0)) await task();
});

function value<T>(envelope: ApiEnvelope<T>): T {
  if (!envelope.ok) throw new Error(envelope.error.code);
  return envelope.value;
}

/**
 * The shell as main.ts wires it: one language owner, a host that words its questions with the owner's
 * translator when it asks (as the native dialog does), and a menu rebuilt on every change.
 */
async function shell() {
  const { dataDir } = await initTempDataDir({ kind: 'sample' });
  cleanup.push(() => removeTempDir(join(dataDir, '..')));
  const language = createLanguageOwner(dataDir, 'nl');
  const asked: ConfirmationText[] = [];
  const stick = await makeTempDir();
  cleanup.push(() => removeTempDir(stick));
  const platform: Platform = {
    ...testPlatform(),
    chooseSaveFile: (request) => Promise.resolve(join(stick, request.suggestedName)),
    confirm: (request) => {
      asked.push(confirmationText(request, language.translator()));
      return Promise.resolve(false);
    },
  };
  const session = createAppSession({ dataDir, platform, passphrases: createPassphraseBox() });
  await session.start();
  cleanup.push(() => session.close());
  await language.load();
  const events: { event: string; payload: unknown }[] = [];
  const handlers = createApiHandlers({ session, emit: (event, payload) => events.push({ event, payload }), defaultLanguage: 'nl', language });
  const menus: string[] = [];
  language.onChange(() => menus.push(language.translator()('ui.menu.file')));
  return { dataDir, language, handlers, events, asked, menus };
}

describe("main's one owner of the language", () => {
  it('follows a switch made through the API at once: translator, confirmations, menu, event, and the next start', async () => {
    const { dataDir, language, handlers, events, asked, menus } = await shell();
    expect(language.translator()('ui.menu.file')).toBe(catalogs.nl['ui.menu.file']);

    value(await handlers['sync.export']({ encrypt: false }));
    expect(asked.at(-1)?.title).toBe(catalogs.nl['sync.confirm.plainTitle']);

    expect(value(await handlers['settings.set']({ language: 'en' }))).toMatchObject({ language: 'en' });
    expect(language.current()).toBe('en');
    expect(language.translator()('ui.menu.file')).toBe(catalogs.en['ui.menu.file']);
    expect(menus).toEqual([catalogs.en['ui.menu.file']]);
    expect(events).toContainEqual({ event: 'settings.languageChanged', payload: { language: 'en' } });

    // The question main asks next speaks English, with no restart in between.
    value(await handlers['sync.export']({ encrypt: false }));
    expect(asked.at(-1)).toMatchObject({ title: catalogs.en['sync.confirm.plainTitle'], confirm: catalogs.en['sync.confirm.plainYes'] });

    expect(value(await handlers['settings.get']()).language).toBe('en');
    expect(await createLanguageOwner(dataDir, 'nl').load()).toBe('en');
  });

  it('tells no one when the language stays the same', async () => {
    const { handlers, events, menus } = await shell();
    value(await handlers['settings.set']({ language: 'nl' }));
    expect(menus).toEqual([]);
    expect(events.filter((entry) => entry.event === 'settings.languageChanged')).toEqual([]);
  });

  it('refuses a language it does not speak and changes nothing', async () => {
    const { dataDir, language, handlers, events, menus } = await shell();
    const before = await snapshotDir(dataDir);
    const refused = await handlers['settings.set']({ language: 'de' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'SCHEMA_INVALID' } });
    expect(language.current()).toBe('nl');
    expect(menus).toEqual([]);
    expect(events).toEqual([]);
    expect(await snapshotDir(dataDir)).toEqual(before);
  });
});
