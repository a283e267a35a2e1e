import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { api, type ApiEnvelope } from '../../../shared/api.js';
import { createPassphraseBox } from '../data-dir/passphrase-box.js';
import { initDataDir } from '../data-dir/init-data-dir.js';
import type { ConfirmRequest, Platform } from '../platform.js';
import { makeTempDir, removeTempDir, snapshotDir, testPlatform } from '../test-support/temp-data-dir.js';
import { testKeystorePlatform } from '../test-support/test-key-store.js';
import { createApiHandlers, type ApiHandlers } from './api-handlers.js';
import { createAppSession } from './app-session.js';

const AGE_HEADER = 'age-encryption.org/v1';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const task of cleanup.splice(0).reverse()) await task();
});

interface Laptop {
  readonly dataDir: string;
  readonly handlers: ApiHandlers;
  readonly asked: ConfirmRequest[];
  answer: boolean;
  close(): Promise<void>;
}

async function laptop(options: { portable?: boolean; base?: Platform } = {}): Promise<Laptop> {
  const parent = await makeTempDir('draaiboek-at-rest-');
  const dataDir = join(parent, 'data');
  const base = options.base ?? testPlatform();
  await initDataDir(dataDir, base, { kind: 'sample' }, { encryptAtRest: options.portable === true });
  const asked: ConfirmRequest[] = [];
    const answers = { answer: true };
  const platform: Platform = {
    ...base,
    confirm: (request) => {
      asked.push(request);
      return Promise.resolve(answers.answer);
    },
  };
  const session = createAppSession({ dataDir, platform, passphrases: createPassphraseBox(), ...(options.portable === true ? { portable: true } : {}) });
  expect((await session.start()).state).toBe('ready');
  cleanup.push(async () => {
    await session.close();
    await removeTempDir(parent);
  });
  const handlers = createApiHandlers({ session, emit: () => undefined, defaultLanguage: 'nl' });
  return {
    dataDir,
    handlers,
    asked,
    get answer() {
      return answers.answer;
    },
    set answer(value: boolean) {
      answers.answer = value;
    },
    close: () => session.close(),
  };
}

function valueOf<T>(envelope: ApiEnvelope<T>): T {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${JSON.stringify(envelope.error.params)}`);
  return envelope.value;
}

async function planHead(dataDir: string): Promise<string> {
  return (await readFile(join(dataDir, 'plan.json'))).subarray(0, AGE_HEADER.length).toString('latin1');
}

describe('encryption at rest through the contract', () => {
  it('turns it on on the user\'s word to main, and off again; the plan reads the same throughout', async () => {
    const a = await laptop();
    const status = valueOf(await a.handlers['security.atRest']());
    expect(api['security.atRest'].result.parse(status)).toEqual({ encrypted: false, portable: false });
    const before = valueOf(await a.handlers['plan.current']());

    const on = valueOf(await a.handlers['security.setAtRest']({ encrypted: true }));
    expect(api['security.setAtRest'].result.parse(on)).toEqual({ encrypted: true, portable: false });
    expect(a.asked).toEqual([{ kind: 'encryption-at-rest', encrypt: true, dataDir: a.dataDir }]);
    expect(await planHead(a.dataDir)).toBe(AGE_HEADER);
    expect((await readFile(join(a.dataDir, 'plan.json'))).includes('Voorbeeldstad')).toBe(false);
    expect(valueOf(await a.handlers['security.atRest']())).toEqual({ encrypted: true, portable: false });
    // A save after the rewrite is sealed too, and the plan is the one it was.
    const after = valueOf(await a.handlers['plan.current']());
    expect(after.content).toEqual(before.content);

    expect(valueOf(await a.handlers['security.setAtRest']({ encrypted: false }))).toEqual({ encrypted: false, portable: false });
    expect(a.asked.at(-1)).toEqual({ kind: 'encryption-at-rest', encrypt: false, dataDir: a.dataDir });
    expect(await planHead(a.dataDir)).not.toBe(AGE_HEADER);
    expect((await readFile(join(a.dataDir, 'plan.json'))).includes('Voorbeeldstad')).toBe(true);
  });

  it('asks nothing and changes nothing when the folder already is as asked', async () => {
    const a = await laptop();
    const before = await snapshotDir(a.dataDir);
    expect(valueOf(await a.handlers['security.setAtRest']({ encrypted: false }))).toEqual({ encrypted: false, portable: false });
    expect(a.asked).toEqual([]);
    expect(await snapshotDir(a.dataDir)).toEqual(before);
  });

  it('changes nothing when the user declines main\'s question', async () => {
    const a = await laptop();
    a.answer = false;
    const before = await snapshotDir(a.dataDir);
    expect(valueOf(await a.handlers['security.setAtRest']({ encrypted: true }))).toBeNull();
    expect(a.asked).toHaveLength(1);
    expect(await snapshotDir(a.dataDir)).toEqual(before);
    expect(valueOf(await a.handlers['security.atRest']())).toEqual({ encrypted: false, portable: false });
  });

  it.each([[[]], [[{}]], [[{ encrypted: 'yes' }]], [[{ encrypted: true, confirmed: true }]], [[true]], [[{ encrypted: true }, 'extra']]])(
    'refuses bad arguments %j before asking or writing anything',
    async (args) => {
      const a = await laptop();
      const before = await snapshotDir(a.dataDir);
      const refused = await a.handlers['security.setAtRest'](...args);
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.error.code).toBe('SCHEMA_INVALID');
      expect(a.asked).toEqual([]);
      expect(await snapshotDir(a.dataDir)).toEqual(before);
    },
  );

  it('refuses to make a portable folder plain, without asking, and changes nothing', async () => {
    const a = await laptop({ portable: true });
    expect(valueOf(await a.handlers['security.atRest']())).toEqual({ encrypted: true, portable: true });
    const before = await snapshotDir(a.dataDir);
    const refused = await a.handlers['security.setAtRest']({ encrypted: false });
    expect(refused).toEqual({ ok: false, error: { code: 'PORTABLE_FOLDER_ENCRYPTED', params: { dataDir: a.dataDir } } });
    expect(a.asked).toEqual([]);
    expect(await snapshotDir(a.dataDir)).toEqual(before);
  });

  it('seals the folder key with the OS key store where the device key is, so the folder opens again without a passphrase', async () => {
    const base = testKeystorePlatform();
    const a = await laptop({ base });
    valueOf(await a.handlers['security.setAtRest']({ encrypted: true }));
    expect(await planHead(a.dataDir)).toBe(AGE_HEADER);

    await a.close();
    const again = createAppSession({ dataDir: a.dataDir, platform: base, passphrases: createPassphraseBox() });
    cleanup.push(() => again.close());
    expect((await again.start()).state).toBe('ready');
    const handlers = createApiHandlers({ session: again, emit: () => undefined, defaultLanguage: 'nl' });
    expect(valueOf(await handlers['plan.current']()).content.meta.organisationName).toContain('Voorbeeldstad');
    expect(valueOf(await handlers['security.atRest']())).toEqual({ encrypted: true, portable: false });
  });
});
