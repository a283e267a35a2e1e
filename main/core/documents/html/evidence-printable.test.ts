import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { initTempDataDir, removeTempDir, testPlatform } from '../../test-support/temp-data-dir.js';
import { createPassphraseBox } from '../../data-dir/passphrase-box.js';
import { createAppSession } from '../../api/app-session.js';
import { createCycleService } from '../../cycle/cycle-service.js';
import { exportDocument } from '../export-document.js';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const task of cleanup.splice(0)) await task();
});

const NOW = new Date('2026-12-01T10:00:00.000Z');
const at = (minutes: number) => new Date(Date.parse('2026-12-01T09:00:00.000Z') + minutes * 60_000).toISOString();

function visibleText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('the evidence pack as an HTML printable', () => {
  it('is exported as HTML from the same outline as the Word document, with the call-tree figures and the approval', async () => {
    const { dataDir } = await initTempDataDir({ kind: 'sample' });
    cleanup.push(() => removeTempDir(join(dataDir, '..')));
    const session = createAppSession({ dataDir, platform: testPlatform({ now: () => NOW }), passphrases: createPassphraseBox() });
    await session.start();
    cleanup.push(() => session.close());
    const cycle = createCycleService(session.opened());
    await cycle.recordCallTreeTest(
      {
        date: '2026-12-01',
        startedAt: at(0),
        results: [
          { personId: 'p-henk-verbeek', outcome: 'reached', number: '+31640001001', at: at(2) },
          { personId: 'p-anouk-smits', outcome: 'reached', number: '+31640001002', at: at(9) },
          { personId: 'p-erik-bosman', outcome: 'reached', number: '+31640001003', at: at(40) },
        ],
      },
      'nl',
    );
    const tested = session.opened().store.current;
    const signed = await cycle.approve({ revision: tested.revision, body: 'college', date: '2026-12-01', reference: 'B&W 2026/118' });
    const exported = await exportDocument(
      { dataDir, plan: signed, signerFingerprint: 'ABCD 0123 4567 89EF' },
      { format: 'html', what: 'evidence', audience: 'organisation', language: 'nl', printedAt: NOW },
    );
    expect(exported.mediaType).toContain('text/html');
    const text = visibleText(exported.bytes.toString('utf8'));
    expect(text).toContain('Verantwoording bedrijfscontinuïteit');
    expect(text).toContain('B&W 2026/118');
    expect(text).toContain(`revisie ${tested.revision}, vastgesteld op`);
    expect(text).toContain('(3 van 46)');
    expect(text).toContain('40 min');
    expect(text).toContain('Beantwoordt: BIO2 5.30.01');
  });
});
