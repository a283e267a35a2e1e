import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { api, type ApiEnvelope } from '../../../shared/api.js';
import type { SaveFileRequest } from '../platform.js';
import { initTempDataDir, removeTempDir, snapshotDir, testPlatform } from '../test-support/temp-data-dir.js';
import { createApiHandlers } from './api-handlers.js';
import { createAppSession } from './app-session.js';
import { createPassphraseBox } from '../data-dir/passphrase-box.js';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const task of cleanup.splice(0)) await task();
});

async function openSample(saveTo: (request: SaveFileRequest) => string | undefined, now?: () => Date) {
  const { dataDir } = await initTempDataDir({ kind: 'sample' });
  const parent = join(dataDir, '..');
  cleanup.push(() => removeTempDir(parent));
  const asked: SaveFileRequest[] = [];
  const platform = {
    ...testPlatform(now === undefined ? {} : { now }),
    chooseSaveFile: (request: SaveFileRequest) => {
      asked.push(request);
      const name = saveTo(request);
      return Promise.resolve(name === undefined ? undefined : join(parent, name));
    },
  };
  const session = createAppSession({ dataDir, platform, passphrases: createPassphraseBox() });
  await session.start();
  cleanup.push(() => session.close());
  const handlers = createApiHandlers({ session, emit: () => undefined, defaultLanguage: 'nl' });
  return { dataDir, parent, handlers, asked };
}

function value<T>(envelope: ApiEnvelope<T>): T {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${JSON.stringify(envelope.error.params)}`);
  return envelope.value;
}

describe('crisis.export', () => {
  it('saves the Word record and the signed record where the save dialog in main says, and reports only the file name', async () => {
    const { parent, handlers, asked } = await openSample((request) => `verslag.${request.extensions[0] ?? 'x'}`);
    const { crisisId } = value(await handlers['crisis.start']({ scenarioIds: ['scen-gemeentehuis-gesloten'], by: 'Marieke van Dalen', exercise: true }));
    value(await handlers['crisis.append']({ crisisId, event: { kind: 'log-entry', data: { at: new Date().toISOString(), message: 'Pand ontruimd' } } }));

    const word = value(await handlers['crisis.export']({ crisisId, format: 'docx', language: 'nl' }));
    api['crisis.export'].result.parse(word);
    expect(word).toEqual({ completed: true, fileName: 'verslag.docx' });
    expect(asked[0]?.suggestedName).toMatch(/^Crisisverslag - Gemeentehuis gesloten.*\.docx$/);
    expect((await readFile(join(parent, 'verslag.docx'))).subarray(0, 2).toString()).toBe('PK');

    expect(value(await handlers['crisis.export']({ crisisId, format: 'record', language: 'nl' }))).toEqual({ completed: true, fileName: 'verslag.json' });
    const record = JSON.parse(await readFile(join(parent, 'verslag.json'), 'utf8')) as { crisisId: string; events: unknown[] };
    expect(record.crisisId).toBe(crisisId);
    expect(record.events).toHaveLength(2);
  });

  it('dates the proposed file name by the day in the Netherlands, also just after midnight', async () => {
    // 00:30 on 2 March in Amsterdam is still 1 March in UTC.
    const { handlers, asked } = await openSample(() => undefined, () => new Date('2026-03-01T23:30:00Z'));
    const { crisisId } = value(await handlers['crisis.start']({ scenarioIds: ['scen-gemeentehuis-gesloten'], by: 'Marieke van Dalen', exercise: true }));
    expect(value(await handlers['crisis.export']({ crisisId, format: 'docx', language: 'nl' }))).toEqual({ completed: false });
    expect(asked[0]?.suggestedName).toContain('2026-03-02');
  });

  it('refuses an unknown crisis, a bad format and PDF without a PDF engine, with a translated message, and changes nothing', async () => {
    const { dataDir, handlers, asked } = await openSample(() => 'never.docx');
    const before = await snapshotDir(dataDir);
    const unknown = await handlers['crisis.export']({ crisisId: '00000000-0000-4000-8000-000000000000', format: 'docx', language: 'nl' });
    expect(unknown.ok).toBe(false);
    const badFormat = await handlers['crisis.export']({ crisisId: '00000000-0000-4000-8000-000000000000', format: 'exe', language: 'nl' } as never);
    expect(badFormat).toMatchObject({ ok: false, error: { code: 'SCHEMA_INVALID' } });
    expect(await snapshotDir(dataDir)).toEqual(before);
    const { crisisId } = value(await handlers['crisis.start']({ scenarioIds: ['scen-netwerkstoring'], by: 'M', exercise: false }));
    const afterStart = await snapshotDir(dataDir);
    const pdf = await handlers['crisis.export']({ crisisId, format: 'pdf', language: 'nl' });
    expect(pdf).toMatchObject({ ok: false, error: { code: 'PDF_UNAVAILABLE' } });
    expect(asked).toHaveLength(0);
    expect(await snapshotDir(dataDir)).toEqual(afterStart);
    expect(before).not.toEqual(afterStart);
  });
});
