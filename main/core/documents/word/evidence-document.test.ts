import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { initTempDataDir, removeTempDir, testPlatform } from '../../test-support/temp-data-dir.js';
import { createPassphraseBox } from '../../data-dir/passphrase-box.js';
import { createAppSession } from '../../api/app-session.js';
import { createCycleService } from '../../cycle/cycle-service.js';
import { convertWithLibreOffice, squeeze } from '../test-support/pdf-tools.js';
import { buildWordDocument } from './build-word-document.js';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const task of cleanup.splice(0)) await task();
});

const NOW = new Date('2026-12-01T10:00:00.000Z');
const at = (minutes: number) => new Date(Date.parse('2026-12-01T09:00:00.000Z') + minutes * 60_000).toISOString();

describe('the evidence pack as a Word document', () => {
  it('opens in LibreOffice and holds the call-tree test figures and the approval', async () => {
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
          { personId: 'p-saskia-hoekstra', outcome: 'wrong-number', number: '+31640001006', at: at(14) },
        ],
      },
      'nl',
    );
    const tested = session.opened().store.current;
    const signed = await cycle.approve({ revision: tested.revision, body: 'college', date: '2026-12-01', reference: 'B&W 2026/118' });
    const bytes = await buildWordDocument('evidence', signed, {
      audience: 'organisation',
      language: 'nl',
      signerFingerprint: 'ABCD 0123 4567 89EF',
      printedAt: NOW,
    });
    const facts = await convertWithLibreOffice([{ name: 'evidence.docx', bytes }]);
    const text = squeeze(facts.get('evidence.docx')?.text ?? '');
    expect(text).toContain('Verantwoording bedrijfscontinuïteit');
    expect(text).toContain('B&W 2026/118');
    expect(text).toContain(`revisie ${tested.revision}, vastgesteld op`);
    expect(text).toContain('6% bereikt');
    expect(text).toContain('(3 van 46)');
    expect(text).toContain('9 min');
    expect(text).toContain('40 min');
    expect(text).toContain('Beantwoordt: BIO2 5.30.01');
    // Column headings and one-word cells stay whole on the page (not "Revisi e", "Alarmeringste st").
    expect(text).toContain('Besluit Revisie Sleutel');
    expect(text).toContain('Alarmeringstest Gehouden');
  });
});
