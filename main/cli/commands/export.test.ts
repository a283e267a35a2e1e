import { afterEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { SCRYPT_N } from '../../core/crypto/key-protection.js';
import { initTempDataDir, removeTempDir, snapshotDir, TEST_PASSPHRASE, testPlatform } from '../../core/test-support/temp-data-dir.js';
import { runInProcess } from '../test-support/run-in-process.js';

const made: string[] = [];
afterEach(async () => {
  for (const dir of made.splice(0)) await removeTempDir(dir);
});

async function sampleDataDir(): Promise<{ dataDir: string; outDir: string }> {
  // Sealed as the CLI seals, so that a refused command leaves the folder byte for byte as it was.
  const { dataDir } = await initTempDataDir({ kind: 'sample' }, testPlatform({ scryptN: SCRYPT_N }));
  made.push(dirname(dataDir));
  return { dataDir, outDir: dirname(dataDir) };
}

/** Opening a folder unlocks the device key: its protected state record is authenticated with it. */
const unlockEnv = { DRAAIBOEK_PASSPHRASE: TEST_PASSPHRASE };

describe('draaiboek export', () => {
  it('writes the plan as Markdown and the binder as HTML, and numbers the binder', async () => {
    const { dataDir, outDir } = await sampleDataDir();
    const md = await runInProcess(['export', 'md', '--data-dir', dataDir, '--out', join(outDir, 'plan.md')], unlockEnv);
    expect(md.code).toBe(0);
    expect(await readFile(join(outDir, 'plan.md'), 'utf8')).toContain('Kritieke processen (BIA)');
    const binder = await runInProcess([
      'export', 'html', '--data-dir', dataDir, '--out', join(outDir, 'binder.html'), '--what', 'binder', '--audience', 'crisis-team',
    ], unlockEnv);
    expect(binder.code).toBe(0);
    expect(binder.out).toContain('exemplaar nr. 1');
    expect(await readFile(join(outDir, 'binder.html'), 'utf8')).toContain('Exemplaar nr. 1');
  });

  it('writes a Word contact list in English when LANG says so', async () => {
    const { dataDir, outDir } = await sampleDataDir();
    const run = await runInProcess(
      ['export', 'docx', '--data-dir', dataDir, '--out', join(outDir, 'contacts.docx'), '--what', 'contacts'],
      { ...unlockEnv, LANG: 'en_GB.UTF-8' },
    );
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Contact list written to ${join(outDir, 'contacts.docx')}`);
    const bytes = await readFile(join(outDir, 'contacts.docx'));
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('refuses bad arguments with one clear line and changes nothing', async () => {
    const { dataDir, outDir } = await sampleDataDir();
    const before = await snapshotDir(dataDir);
    const cases: [string[], string][] = [
      [['export', 'pdf', '--data-dir', dataDir, '--out', join(outDir, 'x')], 'docx, html of md'],
      [['export', 'md', '--data-dir', dataDir, '--out', join(outDir, 'x'), '--what', 'binder'], 'kan niet als md'],
      [['export', 'html', '--data-dir', dataDir, '--out', join(outDir, 'x'), '--audience', 'iedereen'], 'crisis-team of organisation'],
      [['export', 'html', '--data-dir', dataDir], '--out'],
    ];
    for (const [argv, message] of cases) {
      const run = await runInProcess(argv, unlockEnv);
      expect(run.code).toBe(2);
      expect(run.err).toContain(message);
      expect(run.err.split('\n')).toHaveLength(1);
    }
    expect(await snapshotDir(dataDir)).toEqual(before);
  });
});
