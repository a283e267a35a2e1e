import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Papa from 'papaparse';
import { initTempDataDir, removeTempDir, testPlatform } from '../../test-support/temp-data-dir.js';
import { createPassphraseBox } from '../../data-dir/passphrase-box.js';
import { createAppSession } from '../../api/app-session.js';
import type { SignedPlan } from '../../../../shared/plan/plan.js';
import { exportDocument } from '../export-document.js';
import { csvField } from './csv-text.js';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const task of cleanup.splice(0)) await task();
});

const NOW = new Date('2026-12-01T10:00:00.000Z');

describe('csvField', () => {
  it('quotes as RFC 4180 asks and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('a; b')).toBe('"a; b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+31 6')).toBe("'+31 6");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});

describe('export csv --what actions', () => {
  it('writes one row per improvement action with the named columns', async () => {
    const { dataDir } = await initTempDataDir({ kind: 'sample' });
    cleanup.push(() => removeTempDir(join(dataDir, '..')));
    const session = createAppSession({ dataDir, platform: testPlatform({ now: () => NOW }), passphrases: createPassphraseBox() });
    await session.start();
    cleanup.push(() => session.close());
    const current = session.opened().store.current;
    const plan: SignedPlan = {
      ...current,
      plan: {
        ...current.plan,
        content: {
          ...current.plan.content,
          improvementActions: [
            {
              id: 'a-1',
              text: '=cmd|" /C calc"!A0, then check',
              ownerPersonId: 'p-henk-verbeek',
              dueDate: '2027-01-15',
              status: 'open',
              sourceCrisis: { crisisId: '3f1c2a9e-8b7d-4c6e-9a1b-2d3e4f5a6b7c', title: 'Storing "netwerk"' },
              concerns: [{ collection: 'people', id: 'p-henk-verbeek' }],
            },
            { id: 'a-2', text: 'Nummers van de coördinator controleren; ook piket', status: 'done', concerns: [], closedOn: '2026-11-30' },
          ],
        },
      },
    };
    const exported = await exportDocument(
      { dataDir, plan, signerFingerprint: 'ABCD' },
      { format: 'csv', what: 'actions', audience: 'organisation', language: 'nl', printedAt: NOW },
    );
    expect(exported.extension).toBe('csv');
    // What Excel on a Dutch laptop needs: the byte-order mark that says UTF-8, and `;` between the fields.
    expect([...exported.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = exported.bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe('id;text;owner;due;status;source;concerns;closed');
    const rows = Papa.parse<string[]>(text.trimEnd(), { delimiter: ';' }).data;
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual(['a-1', `'=cmd|" /C calc"!A0, then check`, 'Henk Verbeek', '2027-01-15', 'open', 'Storing "netwerk"', 'people/p-henk-verbeek', '']);
    expect(rows[2]).toEqual(['a-2', 'Nummers van de coördinator controleren; ook piket', '', '', 'done', '', '', '2026-11-30']);
  });
});
