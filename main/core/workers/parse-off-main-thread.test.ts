import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBundle } from '../bundles/open-bundle.js';
import { previewContactsImport } from '../contacts/contacts-service.js';
import { MAX_VCARD_CONTINUATIONS } from '../contacts/contacts-types.js';
import { openDataDir, type OpenedDataDir } from '../data-dir/open-data-dir.js';
import { initTempDataDir, removeTempDir, snapshotDir, testPlatform } from '../test-support/temp-data-dir.js';
import { runParseTask } from './run-parse-task.js';

let dataDir: string;
let opened: OpenedDataDir;

beforeAll(async () => {
  ({ dataDir } = await initTempDataDir({ kind: 'sample' }));
  opened = await openDataDir(dataDir, testPlatform(), 'write');
  // The worker starts once per process; start it here, so what is measured below is parsing alone.
  await runParseTask('contacts-file', { fileName: 'warm.vcf', bytes: new TextEncoder().encode('BEGIN:VCARD\nFN:A\nEND:VCARD\n') });
});

afterAll(async () => {
  await opened.close();
  await removeTempDir(join(dataDir, '..'));
});

/** How often a 1 ms timer of this thread fired while the work ran: never, if the work held the thread. */
async function ticksDuring(work: () => Promise<unknown>): Promise<{ ticks: number; outcome: unknown }> {
  let ticks = 0;
  const timer = setInterval(() => {
    ticks += 1;
  }, 1);
  try {
    const outcome = await work().catch((error: unknown) => error);
    return { ticks, outcome };
  } finally {
    clearInterval(timer);
  }
}

/** About 9 MB of vCards, every note folded as often as the caps allow: parsing it takes a good while. */
function largeFoldedVcards(): Uint8Array {
  const note = `NOTE:x\r\n${' y\r\n'.repeat(MAX_VCARD_CONTINUATIONS)}`;
  const cards = Array.from({ length: 140 }, (_unused, index) => `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Medewerker ${index}\r\n${note}END:VCARD\r\n`);
  return new TextEncoder().encode(cards.join(''));
}

describe('parsing files from outside', () => {
  it('leaves the main thread free while a large contacts file is parsed, and changes nothing', async () => {
    const before = await snapshotDir(dataDir);
    const { ticks, outcome } = await ticksDuring(() => previewContactsImport(opened, { fileName: 'groot.vcf', bytes: largeFoldedVcards() }));
    expect(outcome).toMatchObject({ format: 'vcard' });
    expect((outcome as { entries: unknown[] }).entries).toHaveLength(140);
    expect(ticks).toBeGreaterThanOrEqual(3);
    expect(await snapshotDir(dataDir)).toEqual(before);
  });

  it('leaves the main thread free while a large bundle (just under the size cap) is parsed', async () => {
    const bytes = Buffer.from(`{"_type":"not a bundle","pad":"${'x'.repeat(18 * 1024 * 1024)}"}`, 'utf8');
    const trust = { lookup: () => undefined, removed: new Set<string>() };
    const { ticks, outcome } = await ticksDuring(() => openBundle(bytes, undefined, trust));
    expect(outcome).toMatchObject({ code: 'BUNDLE_NOT_RECOGNISED' });
    expect(ticks).toBeGreaterThanOrEqual(3);
  });

  it('brings a refusal back as the error it was, code and parameters', async () => {
    const bytes = new TextEncoder().encode(`BEGIN:VCARD\nNOTE:x\n${' y\n'.repeat(MAX_VCARD_CONTINUATIONS + 1)}END:VCARD\n`);
    await expect(runParseTask('contacts-file', { fileName: 'x.vcf', bytes })).rejects.toMatchObject({
      name: 'DraaiboekError',
      code: 'CONTACTS_TOO_MANY_CONTINUATIONS',
      params: { line: 2, max: MAX_VCARD_CONTINUATIONS },
    });
  });
});
