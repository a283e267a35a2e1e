import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packagedExecutable } from '../../e2e/support/electron-binary.js';
import { packagedE2eProblems } from './packaged-e2e.js';

const passed = { expected: 40, unexpected: 0, flaky: 0, skipped: 3 };

describe('judging the e2e run against the packaged app', () => {
  it('passes a run that ended well with specs passed', () => {
    expect(packagedE2eProblems(0, passed)).toEqual([]);
  });

  it('fails on a failing spec, a flaky one, a bad exit, a missing report, or a run where nothing ran', () => {
    expect(packagedE2eProblems(1, { ...passed, unexpected: 2 })).toEqual(['playwright exited with 1', '2 spec(s) failed']);
    expect(packagedE2eProblems(0, { ...passed, flaky: 1 })).toEqual(['1 spec(s) passed only on a retry']);
    expect(packagedE2eProblems(null, passed)).toEqual(['playwright exited with a signal']);
    expect(packagedE2eProblems(1, undefined)).toEqual(['playwright exited with 1', 'playwright wrote no report']);
    expect(packagedE2eProblems(0, { expected: 0, unexpected: 0, flaky: 0, skipped: 43 })).toEqual(['no spec ran against the packaged app']);
  });
});

describe('the packaged executable the electron project drives', () => {
  it('is none without DRAAIBOEK_E2E_PACKAGED_EXECUTABLE, the file it names, and an error when that file is missing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'draaiboek-packaged-exe-'));
    try {
      const executable = join(dir, 'draaiboek');
      await writeFile(executable, '');
      expect(packagedExecutable({})).toBeUndefined();
      expect(packagedExecutable({ DRAAIBOEK_E2E_PACKAGED_EXECUTABLE: '' })).toBeUndefined();
      expect(packagedExecutable({ DRAAIBOEK_E2E_PACKAGED_EXECUTABLE: executable })).toBe(executable);
      expect(() => packagedExecutable({ DRAAIBOEK_E2E_PACKAGED_EXECUTABLE: join(dir, 'missing') })).toThrow(/does not exist/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
