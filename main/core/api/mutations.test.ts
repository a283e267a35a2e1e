import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { ApiEnvelope } from '../../../shared/api.js';
import { initTempDataDir, removeTempDir, snapshotDir, testPlatform } from '../test-support/temp-data-dir.js';
import { createApiHandlers } from './api-handlers.js';
import { createAppSession } from './app-session.js';
import { createPassphraseBox } from '../data-dir/passphrase-box.js';
import { createLanguageOwner } from './language-owner.js';
import { createUndoLog, type ApiContext } from './api-context.js';
import { eventMutation } from './mutation.js';
import { runMutation } from './run-mutation.js';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const task of cleanup.splice(0)) await task();
});

interface Heard {
  readonly event: string;
  readonly payload: unknown;
  /** Whether the call that caused the event had already handed its result back when the event was sent. */
  readonly afterResult: boolean;
}

async function openSample() {
  const { dataDir } = await initTempDataDir({ kind: 'sample' });
  cleanup.push(() => removeTempDir(join(dataDir, '..')));
  const session = createAppSession({ dataDir, platform: testPlatform(), passphrases: createPassphraseBox() });
  await session.start();
  cleanup.push(() => session.close());
  const heard: Heard[] = [];
  let settled = true;
  const context: ApiContext = {
    session,
    emit: (event, payload) => heard.push({ event, payload, afterResult: settled }),
    defaultLanguage: 'nl',
    language: createLanguageOwner(dataDir, 'nl'),
  };
  const handlers = createApiHandlers(context);
  /** Calls a handler and notes when its promise settled, as the IPC reply would go out. */
  async function call<T>(pending: Promise<ApiEnvelope<T>>): Promise<ApiEnvelope<T>> {
    settled = false;
    const envelope = await pending.finally(() => {
      settled = true;
    });
    return envelope;
  }
  return { dataDir, session, context, handlers, heard, call };
}

/** Lets every event scheduled after a call go out. */
const eventsSent = () => new Promise<void>((resolve) => setImmediate(resolve));

function value<T>(envelope: ApiEnvelope<T>): T {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${JSON.stringify(envelope.error.params)}`);
  return envelope.value;
}

describe('mutations, declared once', () => {
  it('a change that makes no new revision pushes no undo and announces nothing', async () => {
    const { handlers, heard, call } = await openSample();
    // Restoring the revision that is already current changes nothing.
    const view = value(await call(handlers['history.restore'](1)));
    await eventsSent();
    expect(view.revision).toBe(1);
    expect(view.canUndo).toBe(false);
    expect(heard).toEqual([]);
    expect(await handlers['plan.undo']()).toMatchObject({ ok: false, error: { code: 'USAGE' } });
  });

  it('announces a change only after its result was handed back, with the revision only', async () => {
    const { handlers, heard, call } = await openSample();
    const saved = value(await call(handlers['plan.apply']([{ op: 'updateMeta', set: { versionLabel: '4.0' } }])));
    expect(saved.canUndo).toBe(true);
    await eventsSent();
    expect(heard).toEqual([{ event: 'plan.changed', payload: { revision: saved.revision }, afterResult: true }]);
    const undone = value(await call(handlers['plan.undo']()));
    await eventsSent();
    expect(heard.slice(1)).toEqual([{ event: 'plan.changed', payload: { revision: undone.revision }, afterResult: true }]);
  });

  it('a failed change leaves the folder, the undo log and the page untouched', async () => {
    const { dataDir, handlers, heard, call } = await openSample();
    const before = await snapshotDir(dataDir);
    const failed = await call(handlers['plan.apply']([{ op: 'update', collection: 'people', id: 'niemand-bekend', set: { name: 'X' } }]));
    expect(failed.ok).toBe(false);
    expect(await call(handlers['history.restore'](99))).toMatchObject({ ok: false });
    await eventsSent();
    expect(heard).toEqual([]);
    expect(await snapshotDir(dataDir)).toEqual(before);
    expect(value(await handlers['plan.current']()).canUndo).toBe(false);
  });

  it('a mutation outside the plan announces its own event and leaves the undo log alone', async () => {
    const { context } = await openSample();
    const undo = createUndoLog();
    undo.push(1);
    const opened = eventMutation<'sync.takeOpened', null>({
      run: () => Promise.resolve(null),
      announce: () => ({ event: 'sync.opened', payload: { fileName: 'plan.draaiboek' } }),
    });
    const { value: result, emission } = await runMutation(context, undo, opened, []);
    expect(result).toBeNull();
    expect(emission).toEqual({ event: 'sync.opened', payload: { fileName: 'plan.draaiboek' } });
    expect(undo.size).toBe(1);
  });
});
