import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { api, type ApiEnvelope } from '../../../shared/api.js';
import { makeTempDir, removeTempDir, snapshotDir, testPlatform } from '../test-support/temp-data-dir.js';
import { createApiHandlers, type ApiHandlers } from './api-handlers.js';
import { createAppSession } from './app-session.js';
import { createPassphraseBox } from '../data-dir/passphrase-box.js';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const task of cleanup.splice(0).reverse()) await task();
});

async function firstStart(): Promise<{ dataDir: string; handlers: ApiHandlers }> {
  const parent = await makeTempDir('draaiboek-name-');
  const dataDir = join(parent, 'data');
  const session = createAppSession({ dataDir, platform: testPlatform({ name: 'Laptop zonder naam' }), passphrases: createPassphraseBox() });
  await session.start();
  cleanup.push(async () => {
    await session.close();
    await removeTempDir(parent);
  });
  return { dataDir, handlers: createApiHandlers({ session, emit: () => undefined, defaultLanguage: 'nl' }) };
}

function valueOf<T>(envelope: ApiEnvelope<T>): T {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${JSON.stringify(envelope.error.params)}`);
  return envelope.value;
}

describe('the name of this laptop', () => {
  it('is asked for at the first start, checked in main, and the name this laptop signs under from then on', async () => {
    const { dataDir, handlers } = await firstStart();
    const first = valueOf(await handlers['device.get']());
    api['device.get'].result.parse(first);
    expect(first).toEqual({ name: 'Laptop zonder naam', chosen: false });

    const before = await snapshotDir(dataDir);
    for (const bad of ['', ' ', 'x', 'Laptop\u0000BCM', 'Laptop\u202eMCB', 'L'.repeat(81)]) {
      const refused = await handlers['device.rename']({ name: bad });
      expect(refused).toMatchObject({ ok: false, error: { code: bad.trim() === '' ? 'DEVICE_NAME_REQUIRED' : 'DEVICE_NAME_INVALID' } });
    }
    expect(await snapshotDir(dataDir)).toEqual(before);

    expect(valueOf(await handlers['device.rename']({ name: ' Laptop  BCM-coördinator ' }))).toEqual({ name: 'Laptop BCM-coördinator', chosen: true });
    expect(valueOf(await handlers['device.get']())).toEqual({ name: 'Laptop BCM-coördinator', chosen: true });
    expect(valueOf(await handlers['plan.current']()).signerName).toBe('Laptop BCM-coördinator');
  });
});
